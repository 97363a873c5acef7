package org.vetreport.finance.income;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.finance.money.Yuan;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * One posted voucher of a school's income ledger (收入凭证). A posted voucher is never changed or deleted: a
 * mistake is corrected by a reversing voucher (红字冲销) that names it in {@code reverses} and negates its whole
 * amount, and both stay on record.
 *
 * @param amount   yuan, exact to the fen, always positive; a reversal counts as minus it ({@link #signedAmount()})
 * @param reverses the voucher this one reverses, {@code null} for an ordinary income
 */
public record IncomeEntry(String voucherNo, LocalDate postedOn, IncomeCategory category, IncomeNature nature,
                          BigDecimal amount, String description, String reverses) {

    /** Voucher numbers as ledgers print them, Chinese characters included (记-2020-03-0012), but never a ':' or '/'. */
    private static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}A-Za-z0-9][\\p{IsHan}A-Za-z0-9_-]{0,39}");
    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,200}");

    public IncomeEntry {
        FieldErrors errors = new FieldErrors()
                .check(isVoucherNo(voucherNo), "voucherNo", "must be 1 to 40 letters, digits, Chinese characters, "
                        + "'-' or '_', starting with a letter, digit or Chinese character")
                .check(postedOn != null, "postedOn", "is required")
                .check(category != null, "category", "is required: one of " + List.of(IncomeCategory.values()))
                .check(nature != null, "nature", "is required: one of " + List.of(IncomeNature.values()))
                .check(description != null && TEXT.matcher(description.strip()).matches(), "description",
                        "must be 1 to 200 characters without control characters");
        if (amount == null) {
            errors.add("amount", "is required");
        } else {
            Yuan.check(amount, "amount", Yuan.Sign.POSITIVE, errors);
        }
        if (reverses != null) {
            errors.check(isVoucherNo(reverses), "reverses", "must be the number of a posted voucher of this school")
                    .check(!reverses.equals(voucherNo), "reverses", "must name another voucher: a voucher cannot reverse itself");
        }
        errors.throwIfAny();
        amount = Yuan.exact(amount);
        description = description.strip();
    }

    static boolean isVoucherNo(String voucherNo) {
        return voucherNo != null && NUMBER.matcher(voucherNo).matches();
    }

    @JsonIgnore
    public boolean isReversal() {
        return reverses != null;
    }

    /** What the voucher adds to the school's income: its amount, or minus its amount if it is a reversal. */
    public BigDecimal signedAmount() {
        return isReversal() ? amount.negate() : amount;
    }

    /**
     * What is wrong with reversing {@code original} by the voucher {@code voucherNo}: the original must be a posted
     * voucher of the school, not itself a reversal, and not yet reversed by another voucher.
     *
     * @param original   the voucher named in {@code reverses}, {@code null} if the school has none
     * @param reversedBy the voucher that already reverses it, {@code null} if none does
     */
    public static List<FieldError> targetProblems(String voucherNo, String reverses, IncomeEntry original,
                                                  String reversedBy) {
        if (original == null) {
            return List.of(new FieldError("reverses", "'" + reverses + "' is not a posted voucher of this school; "
                    + "a reversal names the voucher it corrects, posted before it"));
        }
        if (original.isReversal()) {
            return List.of(new FieldError("reverses", "'" + reverses + "' is itself the reversal of '"
                    + original.reverses() + "' and is not reversed in turn; post a new voucher instead"));
        }
        if (reversedBy != null && !reversedBy.equals(voucherNo)) {
            return List.of(new FieldError("reverses", "'" + reverses + "' is already reversed by '" + reversedBy
                    + "'; a voucher is reversed once"));
        }
        return List.of();
    }

    /**
     * Where this reversal departs from the voucher it reverses: it negates the whole amount under the same category
     * and nature, and is not dated before it.
     */
    public List<FieldError> departuresFrom(IncomeEntry original) {
        String of = ", that of voucher '" + original.voucherNo() + "' it reverses (or leave it out)";
        List<FieldError> problems = new ArrayList<>();
        if (category != original.category()) {
            problems.add(new FieldError("category", "must be " + original.category() + of));
        }
        if (nature != original.nature()) {
            problems.add(new FieldError("nature", "must be " + original.nature() + of));
        }
        if (amount.compareTo(original.amount()) != 0) {
            problems.add(new FieldError("amount", "must be " + original.amount() + of + ": a reversal negates "
                    + "the whole voucher; post a new voucher for the right amount after it"));
        }
        if (postedOn.isBefore(original.postedOn())) {
            problems.add(new FieldError("postedOn", "must not be before " + original.postedOn()
                    + ", the date voucher '" + original.voucherNo() + "' was posted"));
        }
        return problems;
    }
}
