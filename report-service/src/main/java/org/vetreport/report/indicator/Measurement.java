package org.vetreport.report.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * One computed figure with what it was computed from.
 *
 * @param value       the figure in the indicator's unit, rounded as the report prints it; {@code null} when its
 *                    inputs are missing (a rate over nobody)
 * @param numerator   what was counted or summed, unrounded, in base units (yuan, m², people)
 * @param denominator what a rate or ratio divides by; {@code null} for counts and sums
 * @param records     how many source records were read
 * @param parts       the figure split by a category where the report shows one (medals, terms, categories)
 */
public record Measurement(BigDecimal value, BigDecimal numerator, BigDecimal denominator, long records,
                          List<Part> parts) {

    /** One slice of a figure, such as the gold medals of national-industry contests. */
    public record Part(String key, BigDecimal value) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public Measurement {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public static Measurement count(long count, long records) {
        BigDecimal value = BigDecimal.valueOf(count);
        return new Measurement(value, value, null, records, List.of());
    }

    /** A percentage rounded half-up to two decimals; no value when nobody is in the denominator. */
    public static Measurement rate(long numerator, long denominator, long records) {
        return rate(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), records);
    }

    public static Measurement rate(BigDecimal numerator, BigDecimal denominator, long records) {
        BigDecimal value = denominator.signum() == 0 ? null
                : numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
        return new Measurement(value, numerator, denominator, records, List.of());
    }

    /** A ratio printed {@code x:1}, rounded half-up to {@code scale} decimals. */
    public static Measurement ratio(BigDecimal numerator, BigDecimal denominator, int scale, long records) {
        BigDecimal value = denominator.signum() == 0 ? null : numerator.divide(denominator, scale, RoundingMode.HALF_UP);
        return new Measurement(value, numerator, denominator, records, List.of());
    }

    /** A sum in the base unit, printed with the given number of decimals. */
    public static Measurement sum(BigDecimal total, int scale, long records) {
        return new Measurement(total.setScale(scale, RoundingMode.HALF_UP), total, null, records, List.of());
    }

    /** Yuan printed in 万元 (ten thousand yuan), rounded half-up to two decimals. */
    public static Measurement tenThousandYuan(BigDecimal yuan, long records) {
        return new Measurement(yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP), yuan, null, records, List.of());
    }

    /** A mean, rounded half-up to {@code scale} decimals; no value over nothing. */
    public static Measurement mean(BigDecimal total, long count, int scale, long records) {
        BigDecimal denominator = BigDecimal.valueOf(count);
        BigDecimal value = count == 0 ? null : total.divide(denominator, scale, RoundingMode.HALF_UP);
        return new Measurement(value, total, denominator, records, List.of());
    }

    public Measurement withParts(Map<String, ? extends Number> parts) {
        return new Measurement(value, numerator, denominator, records, parts.entrySet().stream()
                .map(part -> new Part(part.getKey(), new BigDecimal(part.getValue().toString()))).toList());
    }
}
