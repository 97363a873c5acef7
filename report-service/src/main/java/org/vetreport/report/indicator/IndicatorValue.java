package org.vetreport.report.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of one school for one period, with the previous period's value for year-over-year comparison.
 *
 * @param change {@code value - previous}
 */
public record IndicatorValue(String id, String nameZh, String nameEn, String unit, BigDecimal value,
                             BigDecimal numerator, BigDecimal denominator, BigDecimal previous, BigDecimal change,
                             Provenance provenance) {

    /**
     * Where the figure comes from.
     *
     * @param sources the topics read
     * @param records how many source records were read for the period
     */
    public record Provenance(String definition, List<String> sources, long records) {
    }
}
