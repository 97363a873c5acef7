package org.vetreport.report.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.kit.error.InvalidInputException;

/**
 * Computes indicators as a pure function of one school's records and a period: the same records give the same
 * figures. Every value comes with the same indicator for the previous period. The figures of a period are
 * computed all at once ({@link #measureAll}) so callers can keep them: a year's figures are the next year's
 * previous-year figures, and a region's roll-up sums its schools' figures.
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
        List<String> selected = select(ids);
        return values(measure(records, period, selected), measure(records, period.previous(), selected),
                sourceCounts(records, selected), selected);
    }

    /** One indicator's value without the previous period, for series where each year is its own point. */
    public Measurement measure(String id, SchoolRecords records, ReportingPeriod period) {
        return indicators.get(select(List.of(id)).get(0)).measure(records, period);
    }

    /** Every indicator of the catalogue for one period, by id. */
    public Map<String, Measurement> measureAll(SchoolRecords records, ReportingPeriod period) {
        return measure(records, period, List.copyOf(indicators.keySet()));
    }

    /** How many records of each topic the catalogue reads the school has, for provenance. */
    public Map<Topic, Long> sourceCounts(SchoolRecords records) {
        return sourceCounts(records, List.copyOf(indicators.keySet()));
    }

    private Map<Topic, Long> sourceCounts(SchoolRecords records, List<String> ids) {
        Map<Topic, Long> counts = new LinkedHashMap<>();
        for (String id : ids) {
            indicators.get(id).definition().sources().forEach(topic -> counts.computeIfAbsent(topic, records::count));
        }
        return counts;
    }

    /**
     * Assembles values from figures computed earlier.
     *
     * @param current  the figures of the period, by id (at least the selected ones)
     * @param previous the figures of the period one year earlier, by id
     * @param ids      the indicators wanted, or empty for all
     */
    public List<IndicatorValue> values(Map<String, Measurement> current, Map<String, Measurement> previous,
                                       Map<Topic, Long> sourceCounts, List<String> ids) {
        List<IndicatorValue> values = new ArrayList<>();
        for (String id : select(ids)) {
            values.add(value(indicators.get(id).definition(), current.get(id), previous.get(id), sourceCounts));
        }
        return values;
    }

    /**
     * The figures of several schools as one: counts and sums added, rates and ratios recomputed from the added
     * numerators and denominators, never averaged.
     *
     * @param schools each school's figures for the period and for the period before, and its source counts
     */
    public List<IndicatorValue> rollUp(List<SchoolFigures> schools, List<String> ids) {
        List<IndicatorValue> values = new ArrayList<>();
        Map<Topic, Long> sourceCounts = new LinkedHashMap<>();
        schools.forEach(school -> school.sourceCounts().forEach((topic, count) -> sourceCounts.merge(topic, count, Long::sum)));
        for (String id : select(ids)) {
            IndicatorDefinition definition = indicators.get(id).definition();
            Measurement current = RollUp.combine(definition.unit(), schools.stream().map(s -> s.current().get(id)).toList());
            Measurement previous = RollUp.combine(definition.unit(), schools.stream().map(s -> s.previous().get(id)).toList());
            values.add(value(definition, current, previous, sourceCounts));
        }
        return values;
    }

    /** One school's figures for a period and the period before it. */
    public record SchoolFigures(Map<String, Measurement> current, Map<String, Measurement> previous,
                                Map<Topic, Long> sourceCounts) {
    }

    /**
     * Whether an indicator can be computed over a group of students (one major, one gender, one cohort, one
     * programme): only if everything it reads belongs to students, so a group's records are a subset of the
     * school's.
     */
    public boolean breaksDownByStudents(String id) {
        return StudentGroupRecords.narrowable(indicators.get(select(List.of(id)).get(0)).definition().sources());
    }

    /**
     * @param ids the indicators wanted, or empty for all
     * @return the ids in catalogue order when {@code ids} is empty, else the distinct ids as given
     * @throws InvalidInputException naming every unknown id
     */
    public List<String> select(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.copyOf(indicators.keySet());
        }
        List<String> unknown = ids.stream().filter(id -> !indicators.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("ids", "unknown indicator " + unknown + "; the catalogue at "
                    + "/api/v1/indicators lists the known ones");
        }
        return ids.stream().distinct().toList();
    }

    private Map<String, Measurement> measure(SchoolRecords records, ReportingPeriod period, List<String> ids) {
        Map<String, Measurement> measurements = new LinkedHashMap<>();
        for (String id : ids) {
            measurements.put(id, indicators.get(id).measure(records, period));
        }
        return Collections.unmodifiableMap(measurements);
    }

    private static IndicatorValue value(IndicatorDefinition definition, Measurement current, Measurement previousPeriod,
                                        Map<Topic, Long> sourceCounts) {
        BigDecimal previous = previousPeriod.value();
        BigDecimal change = current.value() == null || previous == null ? null : current.value().subtract(previous);
        BigDecimal changePercent = change == null || previous.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(previous.abs(), 2, RoundingMode.HALF_UP);
        List<IndicatorValue.Source> sources = definition.sources().stream()
                .map(topic -> new IndicatorValue.Source(topic.name(), sourceCounts.getOrDefault(topic, 0L))).toList();
        return new IndicatorValue(definition.id(), definition.nameZh(), definition.nameEn(), definition.unit(),
                current.value(), current.numerator(), current.denominator(), previous, change, changePercent,
                current.parts(), new IndicatorValue.Provenance(definition.definition(), sources, current.records()));
    }
}
