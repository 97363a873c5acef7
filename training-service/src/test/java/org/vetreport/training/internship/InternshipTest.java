package org.vetreport.training.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

class InternshipTest {

    private static final LocalDate START = LocalDate.of(2020, 7, 1);

    private static Internship atPartner(LocalDate endOn) {
        return new Internship("2020001", "RH001", null, InternshipKind.PLACEMENT, START, endOn, true, true, null);
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
        assertThat(fieldsOf(() -> new Internship(null, null, null, null, null, null, null, null, null)))
                .containsExactly("studentNo", "partnerCode", "kind", "startOn", "relevantToMajor", "insured");
    }

    @Test
    void theHostIsEitherAPartnerOrAnotherEmployerNotBoth() {
        assertThatThrownBy(() -> new Internship("2020001", "RH001", "某公司", InternshipKind.PLACEMENT, START, null, true,
                true, false)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field).containsExactly("host"));
        Internship elsewhere = new Internship("2020001", null, " 嘉兴某汽车维修有限公司 ", InternshipKind.COGNITION, START,
                null, false, true, null);
        assertThat(elsewhere.host()).isEqualTo("嘉兴某汽车维修有限公司");
        assertThat(fieldsOf(() -> new Internship("2020001", null, " ", InternshipKind.COGNITION, START, null, false,
                true, null))).containsExactly("partnerCode");
    }

    @Test
    void endOnIsNotBeforeStartOnAndAbsentWhileTheInternshipGoesOn() {
        assertThatThrownBy(() -> atPartner(START.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("endOn", "must not be before startOn (2020-07-01)")));
        assertThat(atPartner(START).endOn()).isEqualTo(START);
        assertThat(atPartner(null).endOn()).isNull();
    }

    @Test
    void notHiredUnlessSaidSo() {
        assertThat(atPartner(null).hiredByHost()).isFalse();
        assertThat(new Internship("2020001", "RH001", null, InternshipKind.PLACEMENT, START, null, true, true, true)
                .hiredByHost()).isTrue();
    }

    @Test
    void codesAndTheHostHaveTheirForms() {
        assertThat(fieldsOf(() -> new Internship("2020:001", "RH 1", null, InternshipKind.PLACEMENT, START, null, true,
                true, null))).containsExactly("studentNo", "partnerCode");
        assertThat(fieldsOf(() -> new Internship("2020001", null, "x".repeat(101), InternshipKind.PLACEMENT, START,
                null, true, true, null))).containsExactly("host");
    }

    @Test
    void anInternshipGoesOnFromItsFirstToItsLastDay() {
        Internship internship = atPartner(LocalDate.of(2021, 1, 15));

        assertThat(internship.ongoingOn(START.minusDays(1))).isFalse();
        assertThat(internship.ongoingOn(START)).isTrue();
        assertThat(internship.ongoingOn(LocalDate.of(2021, 1, 15))).isTrue();
        assertThat(internship.ongoingOn(LocalDate.of(2021, 1, 16))).isFalse();
        assertThat(atPartner(null).ongoingOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void theKeyIsTheStudentNumberAndTheStartJoinedWithAColon() {
        assertThat(atPartner(null).key()).isEqualTo("2020001:2020-07-01");
        assertThat(Internship.Key.parse("2020001:2020-07-01")).isEqualTo(new Internship.Key("2020001", START));
        assertThatThrownBy(() -> Internship.Key.parse("2020001:2020-7-1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("startOn", "'2020-7-1' in the key is not a date written YYYY-MM-DD")));
        assertThatThrownBy(() -> Internship.Key.parse("2020001"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("key"));
    }

    @Test
    void draftsTakeTheKeyFromThePathAndReportAPartnerUnknownToTheSchool() {
        InternshipRequest body = new InternshipRequest(null, "RH009", null, InternshipKind.PLACEMENT, null, null, true,
                null, null);

        assertThatThrownBy(() -> InternshipDrafts.forKey("2020001:2020-07-01", body, Set.of("RH001")::contains))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("partnerCode", "'RH009' is not a partner of this school; record the partner first"),
                        new FieldError("insured", "is required: whether internship insurance was bought, true or false")));
        InternshipRequest disagreeing = new InternshipRequest("2020002", "RH001", null, InternshipKind.PLACEMENT,
                START.plusDays(1), null, true, true, null);
        assertThatThrownBy(() -> InternshipDrafts.forKey("2020001:2020-07-01", disagreeing, code -> true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("studentNo", "startOn"));
    }

    @Test
    void kindsTakeTheirChineseNames() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.readValue("[\"顶岗实习\",\"认识实习\",\"跟岗实习\",\"岗位实习\"]", InternshipKind[].class))
                .containsExactly(InternshipKind.PLACEMENT, InternshipKind.COGNITION, InternshipKind.FOLLOW_UP,
                        InternshipKind.PLACEMENT);
    }
}
