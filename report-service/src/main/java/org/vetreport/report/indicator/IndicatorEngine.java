package org.vetreport.report.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.kit.error.InvalidInputException;

/**
 * Computes indicators as a pure function of one school's records and a period: the same records give the same
 * figures. Every value comes with the same indicator for the previous period.
 */
public final class IndicatorEngine {

    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    /** @param indicators the catalogue, in the order it is published */
    public IndicatorEngine(List<Indicator> indicators) {
        for (Indicator indicator : indicators) {
            if (this.indicators.put(indicator.definition().id(), indicator) != null) {
                throw new IllegalArgumentException("indicator id defined twice: " + indicator.definition().id());
            }
        }
    }

    public List<IndicatorDefinition> catalogue() {
        return indicators.values().stream().map(Indicator::definition).toList();
    }

    /**
     * @param ids the indicators wanted, or empty for all
     * @throws InvalidInputException naming every unknown id
     */
    public List<IndicatorValue> compute(SchoolRecords records, ReportingPeriod period, List<String> ids) {
        List<Indicator> selected = select(ids);
        List<IndicatorValue> values = new ArrayList<>(selected.size());
        for (Indicator indicator : selected) {
            Measurement current = indicator.measure(records, period);
            Measurement previous = indicator.measure(records, period.previous());
            IndicatorDefinition definition = indicator.definition();
            values.add(new IndicatorValue(definition.id(), definition.nameZh(), definition.nameEn(), definition.unit(),
                    current.value(), current.numerator(), current.denominator(), previous.value(),
                    current.value().subtract(previous.value()),
                    new IndicatorValue.Provenance(definition.definition(),
                            definition.sources().stream().map(Topic::name).toList(), current.records())));
        }
        return values;
    }

    private List<Indicator> select(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.copyOf(indicators.values());
        }
        List<String> unknown = ids.stream().filter(id -> !indicators.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("ids", "unknown indicator " + unknown + "; the catalogue at "
                    + "/api/v1/indicators lists the known ones: " + indicators.keySet());
        }
        return ids.stream().distinct().map(indicators::get).toList();
    }
}
