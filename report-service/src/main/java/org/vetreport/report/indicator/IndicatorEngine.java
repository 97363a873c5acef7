package org.vetreport.report.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vetreport.platform.kit.error.InvalidInputException;

/**
 * Computes indicators as a pure function of one school's records and a period: the same records give the same
 * figures. Every value comes with the same indicator for the previous period.
 */
public final class IndicatorEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    /** @param indicators the catalogue, in the order it is published */
    public IndicatorEngine(List<Indicator> indicators) {
        for (Indicator indicator : indicators) {
            if (this.indicators.put(indicator.id(), indicator) != null) {
                throw new IllegalArgumentException("indicator id defined twice: " + indicator.id());
            }
        }
    }

    public List<IndicatorDefinition> catalogue() {
        return indicators.values().stream().map(Indicator::definition).toList();
    }

    public Optional<IndicatorDefinition> definition(String id) {
        return Optional.ofNullable(indicators.get(id)).map(Indicator::definition);
    }

    /**
     * @param ids the indicators wanted, or empty for all
     * @throws InvalidInputException naming every unknown id
     */
    public List<IndicatorValue> compute(SchoolRecords records, ReportingPeriod period, List<String> ids) {
        List<Indicator> selected = select(ids);
        List<IndicatorValue> values = new ArrayList<>(selected.size());
        for (Indicator indicator : selected) {
            values.add(value(indicator, records, period));
        }
        return values;
    }

    /** One indicator's value without the previous period, for series where each year is its own point. */
    public Measurement measure(String id, SchoolRecords records, ReportingPeriod period) {
        return select(List.of(id)).get(0).measure(records, period);
    }

    private static IndicatorValue value(Indicator indicator, SchoolRecords records, ReportingPeriod period) {
        Measurement current = indicator.measure(records, period);
        BigDecimal previous = indicator.measure(records, period.previous()).value();
        BigDecimal change = current.value() == null || previous == null ? null : current.value().subtract(previous);
        BigDecimal changePercent = change == null || previous.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(previous.abs(), 2, RoundingMode.HALF_UP);
        IndicatorDefinition definition = indicator.definition();
        List<IndicatorValue.Source> sources = definition.sources().stream()
                .map(topic -> new IndicatorValue.Source(topic.name(), records.count(topic))).toList();
        return new IndicatorValue(definition.id(), definition.nameZh(), definition.nameEn(), definition.unit(),
                current.value(), current.numerator(), current.denominator(), previous, change, changePercent,
                current.parts(), new IndicatorValue.Provenance(definition.definition(), sources, current.records()));
    }

    private List<Indicator> select(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.copyOf(indicators.values());
        }
        List<String> unknown = ids.stream().filter(id -> !indicators.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("ids", "unknown indicator " + unknown + "; the catalogue at "
                    + "/api/v1/indicators lists the known ones");
        }
        return ids.stream().distinct().map(indicators::get).toList();
    }
}
