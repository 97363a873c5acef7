package org.vetreport.finance.money;

import java.math.BigDecimal;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * Amounts of money in yuan, exact to the fen. An amount with a third decimal is refused, never rounded; rounding
 * happens only where the report prints 万元.
 */
public final class Yuan {

    public static final int FEN = 2;
    /** Far above anything one school books at once, and low enough that no check ever expands a huge exponent. */
    public static final BigDecimal MAX = new BigDecimal("100000000000");

    private Yuan() {
    }

    /** Whether zero is an acceptable amount: an asset may be worth nothing on the books, a payment may not. */
    public enum Sign {
        POSITIVE("must be greater than 0"),
        NOT_NEGATIVE("must not be negative");

        private final String rule;

        Sign(String rule) {
            this.rule = rule;
        }
    }

    /**
     * Checks an amount before anything scales or prints it in full: an exponent such as 1E+999999999 is short to
     * send but would take gigabytes to expand.
     */
    public static void check(BigDecimal amount, String field, Sign sign, FieldErrors errors) {
        boolean signOk = sign == Sign.POSITIVE ? amount.signum() > 0 : amount.signum() >= 0;
        if (!signOk) {
            errors.add(field, sign.rule);
        } else if (amount.compareTo(MAX) > 0) {
            errors.add(field, "must be at most " + MAX.toPlainString() + " yuan");
        } else if (amount.stripTrailingZeros().scale() > FEN) {
            errors.add(field, "must be yuan with at most 2 decimals (fen); " + amount + " is not rounded here");
        }
    }

    /**
     * The one form every checked amount is kept in, so 3500, 3500.0 and 3500.00 are the same stored value and
     * importing a file again changes nothing.
     */
    public static BigDecimal exact(BigDecimal checked) {
        return checked == null ? null : checked.setScale(FEN);
    }
}
