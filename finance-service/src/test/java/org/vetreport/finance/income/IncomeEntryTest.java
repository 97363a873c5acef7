package org.vetreport.finance.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class IncomeEntryTest {

    private static final LocalDate MARCH = LocalDate.of(2020, 3, 15);
    private static final IncomeEntry SUBSIDY = entry("2020-03-0012", "628450", null);
    private static final IncomeEntry REVERSAL = entry("2020-04-0001", "628450", "2020-03-0012");

    private static IncomeEntry entry(String voucherNo, String amount, String reverses) {
        return new IncomeEntry(voucherNo, MARCH, IncomeCategory.FISCAL_SUBSIDY, IncomeNature.BASIC,
                amount == null ? null : new BigDecimal(amount), " 生均公用经费拨款 ", reverses);
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
    void anAmountIsKeptExactToTheFenWhateverScaleItWasWrittenWith() {
        assertThat(SUBSIDY.amount()).isEqualTo(new BigDecimal("628450.00"));
        assertThat(entry("V1", "1234.5", null)).isEqualTo(entry("V1", "1234.50", null));
        assertThat(SUBSIDY.description()).isEqualTo("生均公用经费拨款");
    }

    @Test
    void aThirdDecimalIsRefusedNotRounded() {
        assertThat(errorsOf(() -> entry("V1", "1234.505", null))).containsExactly(new FieldError("amount",
                "must be yuan with at most 2 decimals (fen); 1234.505 is not rounded here"));
    }

    @Test
    void anAmountMustBeGreaterThanZeroEvenOnAReversal() {
        assertThat(errorsOf(() -> entry("V1", "-100.00", null))).extracting(FieldError::message)
                .containsExactly("must be greater than 0");
        assertThat(errorsOf(() -> entry("V1", "0", "V0"))).extracting(FieldError::message)
                .containsExactly("must be greater than 0");
    }

    @Test
    void everyFieldButReversesIsRequired() {
        assertThat(errorsOf(() -> new IncomeEntry(null, null, null, null, null, " ", null)))
                .extracting(FieldError::field)
                .containsExactly("voucherNo", "postedOn", "category", "nature", "description", "amount");
    }

    @Test
    void voucherNumbersMayCarryChineseCharactersButNeverAColonOrSlash() {
        assertThat(entry("记-2020-03-0012", "1", null).voucherNo()).isEqualTo("记-2020-03-0012");
        assertThat(errorsOf(() -> entry("2020:12", "1", null))).extracting(FieldError::field).containsExactly("voucherNo");
        assertThat(errorsOf(() -> entry("2020/12", "1", null))).extracting(FieldError::field).containsExactly("voucherNo");
    }

    @Test
    void aVoucherCannotReverseItself() {
        assertThat(errorsOf(() -> entry("V1", "1", "V1"))).containsExactly(new FieldError("reverses",
                "must name another voucher: a voucher cannot reverse itself"));
    }

    @Test
    void aReversalCountsAsMinusItsAmount() {
        assertThat(SUBSIDY.isReversal()).isFalse();
        assertThat(SUBSIDY.signedAmount()).isEqualTo(new BigDecimal("628450.00"));
        assertThat(REVERSAL.isReversal()).isTrue();
        assertThat(REVERSAL.amount()).isEqualTo(new BigDecimal("628450.00"));
        assertThat(REVERSAL.signedAmount()).isEqualTo(new BigDecimal("-628450.00"));
    }

    @Test
    void aReversalNamesAPostedVoucherOfTheSchool() {
        assertThat(IncomeEntry.targetProblems("R1", "V9", null, null)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("reverses");
            assertThat(problem.message()).startsWith("'V9' is not a posted voucher of this school");
        });
        assertThat(IncomeEntry.targetProblems("2020-04-0001", "2020-03-0012", SUBSIDY, null)).isEmpty();
    }

    @Test
    void aReversalIsNotReversedInTurn() {
        assertThat(IncomeEntry.targetProblems("R2", "2020-04-0001", REVERSAL, null)).containsExactly(new FieldError(
                "reverses", "'2020-04-0001' is itself the reversal of '2020-03-0012' and is not reversed in turn; "
                        + "post a new voucher instead"));
    }

    @Test
    void aVoucherIsReversedOnceButItsReversalMayBeWrittenAgain() {
        assertThat(IncomeEntry.targetProblems("R2", "2020-03-0012", SUBSIDY, "2020-04-0001")).containsExactly(
                new FieldError("reverses", "'2020-03-0012' is already reversed by '2020-04-0001'; a voucher is reversed once"));
        assertThat(IncomeEntry.targetProblems("2020-04-0001", "2020-03-0012", SUBSIDY, "2020-04-0001")).isEmpty();
    }

    @Test
    void aReversalNegatesTheWholeVoucherUnderItsCategoryAndNatureOnOrAfterItsDate() {
        assertThat(REVERSAL.departuresFrom(SUBSIDY)).isEmpty();
        IncomeEntry departing = new IncomeEntry("R1", MARCH.minusDays(1), IncomeCategory.OTHER, IncomeNature.PROJECT,
                new BigDecimal("100"), "冲销", "2020-03-0012");

        List<FieldError> problems = departing.departuresFrom(SUBSIDY);

        assertThat(problems).extracting(FieldError::field).containsExactly("category", "nature", "amount", "postedOn");
        assertThat(problems.get(0).message()).isEqualTo("must be FISCAL_SUBSIDY, that of voucher '2020-03-0012' it "
                + "reverses (or leave it out)");
        assertThat(problems.get(2).message()).startsWith("must be 628450.00, that of voucher '2020-03-0012'");
        assertThat(problems.get(3).message()).isEqualTo("must not be before 2020-03-15, the date voucher "
                + "'2020-03-0012' was posted");
    }

    @Test
    void aReversalLeavingOutCategoryNatureAndAmountTakesThemFromTheVoucherItReverses() {
        IncomeRequest request = new IncomeRequest(null, MARCH.plusDays(20), null, null, null, "冲销: 重复入账", "2020-03-0012");

        IncomeEntry reversal = IncomeDrafts.from(request, "R1", number -> number.equals("2020-03-0012") ? SUBSIDY : null,
                number -> null);

        assertThat(reversal).isEqualTo(new IncomeEntry("R1", MARCH.plusDays(20), IncomeCategory.FISCAL_SUBSIDY,
                IncomeNature.BASIC, new BigDecimal("628450.00"), "冲销: 重复入账", "2020-03-0012"));
    }

    @Test
    void draftsListTheReversalRulesBesideTheOtherBrokenRules() {
        IncomeRequest request = new IncomeRequest(null, MARCH, null, null, new BigDecimal("1.001"), " ", "2020-03-0012");

        assertThatThrownBy(() -> IncomeDrafts.from(request, "R2", number -> SUBSIDY, number -> "R1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("reverses", "description", "amount"));
    }

    @Test
    void aReversalOfAnUnknownVoucherIsNotAlsoToldItsLeftOutFiguresAreMissing() {
        IncomeRequest request = new IncomeRequest(null, MARCH, null, null, null, "冲销", "V9");

        assertThatThrownBy(() -> IncomeDrafts.from(request, "R1", number -> null, number -> null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("reverses"));
    }
}
