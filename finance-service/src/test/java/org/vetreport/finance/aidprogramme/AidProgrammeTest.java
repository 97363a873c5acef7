package org.vetreport.finance.aidprogramme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class AidProgrammeTest {

    private static AidProgramme grant(String cap) {
        return new AidProgramme("NG-2020", " 国家助学金 ", AidKind.NATIONAL_GRANT, " 中央和地方财政 ",
                cap == null ? null : new BigDecimal(cap));
    }

    private static List<FieldError> errorsOf(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void aCapIsKeptExactToTheFenAndNamesAreTrimmed() {
        AidProgramme programme = grant("1000");

        assertThat(programme.capPerStudent()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(programme.name()).isEqualTo("国家助学金");
        assertThat(programme.funder()).isEqualTo("中央和地方财政");
        assertThat(grant(null).capPerStudent()).isNull();
    }

    @Test
    void aCapWithAThirdDecimalOrNotAboveZeroIsRefused() {
        assertThat(errorsOf(() -> grant("1000.001"))).extracting(FieldError::message)
                .containsExactly("must be yuan with at most 2 decimals (fen); 1000.001 is not rounded here");
        assertThat(errorsOf(() -> grant("0"))).extracting(FieldError::message).containsExactly("must be greater than 0");
    }

    @Test
    void codeNameKindAndFunderAreRequiredAndACodeNeverHoldsAColon() {
        assertThat(errorsOf(() -> new AidProgramme("NG:2020", " ", null, null, null))).extracting(FieldError::field)
                .containsExactly("code", "name", "kind", "funder");
    }

    @Test
    void anAwardWithinTheCapIsAllowedAndAnyAwardWithoutOne() {
        assertThat(grant("1000").allows(new BigDecimal("1000.00"))).isTrue();
        assertThat(grant("1000").allows(new BigDecimal("1000.01"))).isFalse();
        assertThat(grant(null).allows(new BigDecimal("99999999"))).isTrue();
    }

    @Test
    void theCapIsNotSetBelowAnAwardAlreadyPaid() {
        assertThat(grant("1000").capProblem(new BigDecimal("1000.00"))).isEmpty();
        assertThat(grant("1000").capProblem(null)).isEmpty();
        assertThat(grant(null).capProblem(new BigDecimal("5000.00"))).isEmpty();
        assertThat(grant("1000").capProblem(new BigDecimal("1250.00"))).contains(new FieldError("capPerStudent",
                "must be at least 1250.00, the largest award already paid in programme 'NG-2020'; correct the awards "
                        + "above the new cap first"));
    }

    @Test
    void draftsRefuseACapBelowThePaidAwards() {
        AidProgrammeRequest request = new AidProgrammeRequest(null, "国家助学金", AidKind.NATIONAL_GRANT, "财政",
                new BigDecimal("1000"));

        assertThat(AidProgrammeDrafts.from(request, "NG-2020", code -> null).capPerStudent()).isEqualTo("1000.00");
        assertThatThrownBy(() -> AidProgrammeDrafts.from(request, "NG-2020", code -> new BigDecimal("1500.00")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("capPerStudent"));
    }
}
