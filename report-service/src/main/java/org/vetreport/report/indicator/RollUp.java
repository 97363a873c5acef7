package org.vetreport.report.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds figures of several schools. A figure without a denominator is a count or a sum: the numerators add up. A
 * figure with one is a rate, ratio, mean or per-head value: it is recomputed from the added numerators and
 * denominators, because the average of schools' rates weighs a school of 300 students like one of 6,000. The
 * unit says how the value derives from the numerator and denominator, as each {@link Measurement} factory
 * computes it; the scale of the schools' values says how it is rounded.
 */
final class RollUp {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String PERCENT = "%";
    private static final String TEN_THOUSAND_YUAN = "万元";

    private RollUp() {
    }

    static Measurement combine(String unit, List<Measurement> schools) {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = null;
        long records = 0;
        int scale = 0;
        for (Measurement school : schools) {
            numerator = numerator.add(school.numerator() == null ? BigDecimal.ZERO : school.numerator());
            if (school.denominator() != null) {
                denominator = (denominator == null ? BigDecimal.ZERO : denominator).add(school.denominator());
            }
            records += school.records();
            if (school.value() != null) {
                scale = Math.max(scale, school.value().scale());
            }
        }
        BigDecimal value = denominator == null ? total(unit, numerator, scale) : quotient(unit, numerator, denominator, scale);
        return new Measurement(value, numerator, denominator, records, denominator == null ? addedParts(schools) : List.of());
    }

    private static BigDecimal total(String unit, BigDecimal numerator, int scale) {
        return unit.equals(TEN_THOUSAND_YUAN) ? numerator.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)
                : numerator.setScale(scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal quotient(String unit, BigDecimal numerator, BigDecimal denominator, int scale) {
        if (denominator.signum() == 0) {
            return null;
        }
        return switch (unit) {
            case PERCENT -> numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
            case TEN_THOUSAND_YUAN -> numerator.divide(denominator.multiply(TEN_THOUSAND), 2, RoundingMode.HALF_UP);
            default -> numerator.divide(denominator, scale, RoundingMode.HALF_UP);
        };
    }

    /** Parts of counts and sums add up key by key; parts of rates would need their own denominators, so they go. */
    private static List<Measurement.Part> addedParts(List<Measurement> schools) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        schools.stream().flatMap(school -> school.parts().stream()).filter(Objects::nonNull)
                .forEach(part -> parts.merge(part.key(), part.value(), BigDecimal::add));
        return parts.entrySet().stream().map(part -> new Measurement.Part(part.getKey(), part.getValue())).toList();
    }
}
