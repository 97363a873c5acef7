package org.vetreport.report.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of one school for one period, with the previous period's value for year-over-year comparison.
 *
 * @param value         the figure as the report prints it; {@code null} when its inputs are missing
 * @param previous      the same indicator for the period one year earlier
 * @param change        {@code value - previous}; {@code null} when either is missing
 * @param changePercent {@code change / previous} in percent, two decimals; {@code null} when previous is zero
 * @param parts         the figure split by a category where the report shows one
 */
public record IndicatorValue(String id, String nameZh, String nameEn, String unit, BigDecimal value,
                             BigDecimal numerator, BigDecimal denominator, BigDecimal previous, BigDecimal change,
                             BigDecimal changePercent, List<Measurement.Part> parts, Provenance provenance) {

    /**
     * Where the figure comes from.
     *
     * @param definition the definition in words
     * @param sources    every topic read, with how many of the school's records it holds
     * @param records    how many of those records the definition examined for the period
     */
    public record Provenance(String definition, List<Source> sources, long records) {
    }

    /** One topic an indicator reads and the number of the school's live records in the replica of it. */
    public record Source(String topic, long records) {
    }
}
