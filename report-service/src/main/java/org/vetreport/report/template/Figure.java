package org.vetreport.report.template;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator's figures as a report prints them, frozen into an edition: the value, the previous year's value
 * and the difference, with what a rate was computed from and the figure's parts.
 *
 * @param value         {@code null} when the inputs are missing
 * @param previous      the same indicator a year earlier, {@code null} when missing
 * @param change        {@code value - previous}, {@code null} when either is missing
 * @param changePercent {@code change / previous} in percent, {@code null} when previous is missing or zero
 */
public record Figure(String id, String nameZh, String unit, BigDecimal value, BigDecimal previous, BigDecimal change,
                     BigDecimal changePercent, BigDecimal numerator, BigDecimal denominator, List<Part> parts) {

    public Figure {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** One slice of a figure, e.g. the fiscal subsidy of the income. */
    public record Part(String key, BigDecimal value) {
    }
}
