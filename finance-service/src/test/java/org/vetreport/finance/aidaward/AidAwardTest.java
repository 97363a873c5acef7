package org.vetreport.finance.aidaward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.finance.aidprogramme.AidKind;
import org.vetreport.finance.aidprogramme.AidProgramme;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class AidAwardTest {

    private static final LocalDate PAID = LocalDate.of(2020, 10, 20);
    private static final AidProgramme GRANT = new AidProgramme("NG", "国家助学金", AidKind.NATIONAL_GRANT, "财政",
            new BigDecimal("1000"));

    private static AidAward award(String amount) {
        return new AidAward("NG", "2020010001", 2020, 1, new BigDecimal(amount), PAID);
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
    void theKeyJoinsProgrammeStudentYearAndTermSoAStudentIsPaidOncePerTerm() {
        assertThat(award("1000").key()).isEqualTo("NG:2020010001:2020:1");
        assertThat(award("500").key()).isEqualTo(award("1000").key());
        assertThat(AidAward.parseKey("NG:2020010001:2020:1"))
                .isEqualTo(new AidAward.Key("NG", "2020010001", 2020, 1));
    }

    @Test
    void aKeyOfAnotherFormIsRefusedShowingTheForm() {
        for (String key : List.of("NG:2020010001:2020", "NG:2020010001:2020:1:x", "NG:2020010001:20:1", "NG:2020010001:2020:first")) {
            assertThat(errorsOf(() -> AidAward.parseKey(key))).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("key");
                assertThat(error.message()).endsWith("must be " + AidAward.KEY_FORM);
            });
        }
    }

    @Test
    void anAmountIsExactToTheFenGreaterThanZeroAndNeverRounded() {
        assertThat(award("950.5").amount()).isEqualTo(new BigDecimal("950.50"));
        assertThat(errorsOf(() -> award("950.505"))).extracting(FieldError::message)
                .containsExactly("must be yuan with at most 2 decimals (fen); 950.505 is not rounded here");
        assertThat(errorsOf(() -> award("-1"))).extracting(FieldError::message).containsExactly("must be greater than 0");
    }

    @Test
    void everyPartOfTheKeyAndThePaymentIsRequired() {
        assertThat(errorsOf(() -> new AidAward("N G", "20 20", 1999, 3, null, null))).extracting(FieldError::field)
                .containsExactly("programmeCode", "studentNo", "year", "term", "paidOn", "amount");
    }

    @Test
    void theProgrammeMustExistAndTheAmountStayWithinItsCap() {
        assertThat(award("1000").programmeProblems(GRANT)).isEmpty();
        assertThat(award("1000.01").programmeProblems(GRANT)).containsExactly(new FieldError("amount",
                "must be at most 1000.00, the cap per student and term of programme 'NG'"));
        assertThat(award("1000").programmeProblems(null)).containsExactly(new FieldError("programmeCode",
                "'NG' is not an aid programme of this school; set the programme up first"));
    }

    @Test
    void draftsTakeTheKeyAndRefuseBodyPartsThatDifferFromIt() {
        AidAward.Key key = AidAward.parseKey("NG:2020010001:2020:1");
        AidAwardRequest same = new AidAwardRequest("NG", null, 2020, null, new BigDecimal("800"), PAID);
        AidAwardRequest differing = new AidAwardRequest("TW", "2020010002", 2020, 2, new BigDecimal("1800"), PAID);

        assertThat(AidAwardDrafts.from(same, key, code -> GRANT)).isEqualTo(award("800"));
        assertThatThrownBy(() -> AidAwardDrafts.from(differing, key, code -> GRANT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("programmeCode", "studentNo", "term", "amount"));
    }
}
