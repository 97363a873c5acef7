package org.vetreport.finance.income;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Turns what a client sent into the voucher to post, for a single write and for every import row alike. */
final class IncomeDrafts {

    private IncomeDrafts() {
    }

    /**
     * @param vouchers   the school's posted voucher with a number, {@code null} if there is none
     * @param reversedBy the voucher that reverses a given voucher, {@code null} if none does
     */
    static IncomeEntry from(IncomeRequest request, String voucherNo, Function<String, IncomeEntry> vouchers,
                            UnaryOperator<String> reversedBy) {
        String reverses = request.reverses();
        // a malformed or self-referring reverses is the entry's own rule, reported by its constructor
        boolean namesAnother = IncomeEntry.isVoucherNo(reverses) && !reverses.equals(voucherNo);
        IncomeEntry original = namesAnother ? vouchers.apply(reverses) : null;
        List<FieldError> targetProblems = namesAnother
                ? IncomeEntry.targetProblems(voucherNo, reverses, original, reversedBy.apply(reverses)) : List.of();
        List<FieldError> errors = new ArrayList<>(targetProblems);
        try {
            IncomeEntry entry = new IncomeEntry(voucherNo, request.postedOn(),
                    orOriginal(request.category(), original, IncomeEntry::category),
                    orOriginal(request.nature(), original, IncomeEntry::nature),
                    orOriginal(request.amount(), original, IncomeEntry::amount), request.description(), reverses);
            if (original != null && targetProblems.isEmpty()) {
                errors.addAll(entry.departuresFrom(original));
            }
            if (errors.isEmpty()) {
                return entry;
            }
        } catch (InvalidInputException e) {
            e.errors().stream().filter(error -> !(namesAnother && leftOut(request, error.field()))).forEach(errors::add);
        }
        throw new InvalidInputException(errors);
    }

    /**
     * Whether a reversal left out a figure it takes from the voucher it reverses: when that voucher cannot be found,
     * the figure is missing through no mistake of the caller, whose mistake is named under reverses instead.
     */
    private static boolean leftOut(IncomeRequest request, String field) {
        return switch (field) {
            case "category" -> request.category() == null;
            case "nature" -> request.nature() == null;
            case "amount" -> request.amount() == null;
            default -> false;
        };
    }

    /** A reversal may leave out what it takes from the voucher it reverses. */
    private static <V> V orOriginal(V given, IncomeEntry original, Function<IncomeEntry, V> field) {
        return given != null || original == null ? given : field.apply(original);
    }
}
