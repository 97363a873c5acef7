package org.vetreport.training.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

class PartnerTest {

    private static final LocalDate SINCE = LocalDate.of(2017, 9, 1);

    private static Partner partner(LocalDate until, PartnerKind... kinds) {
        return new Partner("RH001", " 浙江瑞宏机器人有限公司 ", " 智能制造 ", "", Arrays.asList(kinds), SINCE, until, null);
    }

    private static List<String> fieldsOf(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(fieldsOf(() -> new Partner(null, null, null, null, null, null, null, null)))
                .containsExactly("code", "name", "since", "kinds");
    }

    @Test
    void textIsStrippedBlankMeansAbsentAndNoWorkstationsMeansZero() {
        Partner partner = partner(null, PartnerKind.APPRENTICESHIP);

        assertThat(partner.name()).isEqualTo("浙江瑞宏机器人有限公司");
        assertThat(partner.industry()).isEqualTo("智能制造");
        assertThat(partner.city()).isNull();
        assertThat(partner.workstationsProvided()).isZero();
    }

    @Test
    void atLeastOneKindEachNamedOnce() {
        assertThat(fieldsOf(() -> partner(null))).containsExactly("kinds");
        assertThatThrownBy(() -> partner(null, PartnerKind.CO_BUILT_LAB, null, PartnerKind.CO_BUILT_LAB))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("kinds[1]", "must be one of " + List.of(PartnerKind.values())),
                        new FieldError("kinds[2]", "names CO_BUILT_LAB a second time")));
    }

    @Test
    void untilIsNotBeforeSinceAndMayBeTheSameDay() {
        assertThatThrownBy(() -> partner(SINCE.minusDays(1), PartnerKind.GROUP_MEMBER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("until", "must not be before since (2017-09-01)")));
        assertThat(partner(SINCE, PartnerKind.GROUP_MEMBER).until()).isEqualTo(SINCE);
    }

    @Test
    void providedWorkstationsAreNotNegative() {
        assertThat(fieldsOf(() -> new Partner("RH001", "瑞宏", null, null, List.of(PartnerKind.INTERNSHIP_BASE), SINCE,
                null, -1))).containsExactly("workstationsProvided");
    }

    @Test
    void codesAndNamesHaveTheirForms() {
        assertThat(fieldsOf(() -> new Partner("RH 1", "瑞\n宏", "x".repeat(51), "y".repeat(51),
                List.of(PartnerKind.INTERNSHIP_BASE), SINCE, null, 0))).containsExactly("code", "name", "industry", "city");
    }

    @Test
    void aPartnerIsActiveFromSinceToUntilBothIncluded() {
        Partner partner = partner(LocalDate.of(2022, 8, 31), PartnerKind.INTERNSHIP_BASE);

        assertThat(partner.activeOn(SINCE.minusDays(1))).isFalse();
        assertThat(partner.activeOn(SINCE)).isTrue();
        assertThat(partner.activeOn(LocalDate.of(2022, 8, 31))).isTrue();
        assertThat(partner.activeOn(LocalDate.of(2022, 9, 1))).isFalse();
        assertThat(partner(null, PartnerKind.INTERNSHIP_BASE).activeOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void kindsTakeTheirChineseNames() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.readValue("[\"现代学徒制\",\"实习基地\",\"共建实训室\",\"产业学院\",\"职教集团\",\"委托培训\"]",
                PartnerKind[].class)).containsExactly(PartnerKind.values());
    }

    @Test
    void aReferenceToAWellFormedCodeNoPartnerHasIsAnErrorOfPartnerCode() {
        assertThat(PartnerReferences.unknown("RH009", "RH001"::equals)).contains(new FieldError("partnerCode",
                "'RH009' is not a partner of this school; record the partner first"));
        assertThat(PartnerReferences.unknown("RH001", "RH001"::equals)).isEmpty();
        assertThat(PartnerReferences.unknown("R H", code -> false)).isEmpty();
        assertThat(PartnerReferences.unknown(null, code -> false)).isEmpty();
    }
}
