package org.vetreport.report.indicator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vetreport.platform.events.Topic;
import org.vetreport.report.replica.Replicas;
import org.vetreport.report.replica.SchoolChanges;
import org.vetreport.report.school.ReportingPeriods;
import org.vetreport.report.school.SchoolDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of schools, computed from the replica and kept while the school's data stand still. A school's
 * data version is its replica change counter with its profile version (the profile decides the period); both are
 * read before the records, so figures are never kept under a version older than the data they saw. While the data
 * keep changing, a school's snapshots are computed one at a time ({@link LatestSnapshots}).
 */
@Component
public class SchoolFigures implements DisposableBean {

    private final IndicatorEngine engine;
    private final Replicas replicas;
    private final JsonMapper json;
    private final SchoolChanges changes;
    private final SchoolDirectory directory;
    private final ReportingPeriods periods;
    private final Cache<PeriodKey, Map<String, Measurement>> figures;
    private final Cache<DataVersion, Map<Topic, Long>> sourceCounts;
    private final LatestSnapshots<Snapshot> latest;
    private final Cache<TopicRecords, List<?>> recordsByTopic;
    private final Timer computations;

    SchoolFigures(IndicatorEngine engine, Replicas replicas, JsonMapper json, SchoolChanges changes,
                  SchoolDirectory directory, ReportingPeriods periods, MeterRegistry meters,
                  @Value("${report.indicators.cached-school-years:2000}") long cachedSchoolYears,
                  @Value("${report.indicators.recompute-interval:1s}") Duration recomputeInterval,
                  @Value("${report.indicators.cached-records:100000}") long cachedRecords) {
        this.engine = engine;
        this.replicas = replicas;
        this.json = json;
        this.changes = changes;
        this.directory = directory;
        this.periods = periods;
        this.figures = Caffeine.newBuilder().maximumSize(cachedSchoolYears).build();
        this.sourceCounts = Caffeine.newBuilder().maximumSize(cachedSchoolYears).build();
        this.latest = new LatestSnapshots<>(Snapshot::version, recomputeInterval, cachedSchoolYears,
                Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.computations = Timer.builder("indicators.computations")
                .description("computations of a school's figures for a year and the year before").register(meters);
        this.recordsByTopic = Caffeine.newBuilder().maximumWeight(cachedRecords)
                .weigher((TopicRecords key, List<?> records) -> records.size() + 1).build();
    }

    @Override
    public void destroy() {
        latest.close();
    }

    /** Where a school's data stand; equal versions mean equal figures. */
    public DataVersion version(String school) {
        return new DataVersion(school, changes.of(school), directory.version(school));
    }

    /** One school's figures for the year and the year before, at its current data version. */
    public Snapshot snapshot(String school, int year) {
        return snapshot(version(school), year);
    }

    /**
     * One school's figures for the year and the year before, at a data version read before (for an ETag) or a newer
     * one: the figures are never older than the version, and the snapshot names the version it was computed at.
     */
    public Snapshot snapshot(DataVersion seen, int year) {
        return latest.get(seen, year, () -> version(seen.school()),
                current -> computations.record(() -> compute(current, year)));
    }

    private Snapshot compute(DataVersion version, int year) {
        String school = version.school();
        ReportingPeriod period = periods.of(school, year);
        Supplier<SchoolRecords> records = lazyRecords(version);
        return new Snapshot(version, period, new IndicatorEngine.SchoolFigures(figures(version, period, records),
                figures(version, period.previous(), records), sourceCounts(version, records)));
    }

    /** One indicator of one school, year by year. */
    public List<YearFigure> series(String school, String id, int from, int to) {
        DataVersion version = version(school);
        Supplier<SchoolRecords> records = lazyRecords(version);
        List<YearFigure> series = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            ReportingPeriod period = periods.of(school, year);
            series.add(new YearFigure(period, figures(version, period, records).get(id)));
        }
        return series;
    }

    /** The school's records as they are now, for figures no cache holds (breakdowns). */
    public SchoolRecords records(String school) {
        return new MongoSchoolRecords(replicas, json, school);
    }

    private Map<String, Measurement> figures(DataVersion version, ReportingPeriod period, Supplier<SchoolRecords> records) {
        return figures.get(new PeriodKey(version, period), key -> engine.measureAll(records.get(), period));
    }

    private Map<Topic, Long> sourceCounts(DataVersion version, Supplier<SchoolRecords> records) {
        return sourceCounts.get(version, key -> engine.sourceCounts(records.get()));
    }

    /**
     * Reads nothing unless a figure is missing from the cache, and then each topic once for the request, and only
     * the topics that changed since they were last read: the others' records are kept under their topic's counter.
     */
    private Supplier<SchoolRecords> lazyRecords(DataVersion version) {
        Map<String, SchoolRecords> loaded = new LinkedHashMap<>(1);
        return () -> loaded.computeIfAbsent(version.school(), school -> new MongoSchoolRecords(replicas, json, school,
                (topic, read) -> recordsByTopic.get(new TopicRecords(school, topic, version.changes().of(topic)),
                        unread -> read.get())));
    }

    /** @param changes events applied to the school's replica, in all and per topic; @param profile the version of its profile */
    public record DataVersion(String school, SchoolChanges.Counts changes, long profile) {

        /** Whether figures at this version saw at least the data of the other (both counters only grow). */
        boolean covers(DataVersion other) {
            return school.equals(other.school) && changes.total() >= other.changes.total() && profile >= other.profile;
        }
    }

    public record Snapshot(DataVersion version, ReportingPeriod period, IndicatorEngine.SchoolFigures figures) {
    }

    public record YearFigure(ReportingPeriod period, Measurement measurement) {
    }

    private record PeriodKey(DataVersion version, ReportingPeriod period) {
    }

    private record TopicRecords(String school, Topic topic, long changes) {
    }

}
