package org.vetreport.report.indicator;

import java.math.BigDecimal;

/**
 * One computed figure with what it was computed from.
 *
 * @param denominator {@code null} for counts and sums
 * @param records     how many source records were read to compute it
 */
public record Measurement(BigDecimal value, BigDecimal numerator, BigDecimal denominator, long records) {

    public static Measurement count(long count, long records) {
        BigDecimal value = BigDecimal.valueOf(count);
        return new Measurement(value, value, null, records);
    }
}
