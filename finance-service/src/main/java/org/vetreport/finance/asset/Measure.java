package org.vetreport.finance.asset;

import java.math.BigDecimal;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * An exact decimal figure such as an area: greater than 0, bounded and with a limited number of decimals, kept
 * without trailing zeros so that 297.2 and 297.20 are the same stored value.
 */
record Measure(String unit, int decimals, BigDecimal max) {

    static final Measure MU = new Measure("亩", 4, new BigDecimal(1_000_000));
    static final Measure SQUARE_METRES = new Measure("m²", 2, new BigDecimal(10_000_000));

    /** Checks before anything scales the figure, so a huge exponent is never expanded. */
    void check(BigDecimal figure, String field, FieldErrors errors) {
        if (figure.signum() <= 0) {
            errors.add(field, "must be greater than 0");
        } else if (figure.compareTo(max) > 0) {
            errors.add(field, "must be at most " + max + " " + unit);
        } else if (figure.stripTrailingZeros().scale() > decimals) {
            errors.add(field, "must have at most " + decimals + " decimals (" + unit + "); " + figure
                    + " is not rounded here");
        }
    }

    static BigDecimal canonical(BigDecimal checked) {
        if (checked == null) {
            return null;
        }
        BigDecimal stripped = checked.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
