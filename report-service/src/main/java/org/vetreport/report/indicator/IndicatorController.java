package org.vetreport.report.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.vetreport.platform.access.Regions;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.error.NotFoundException;
import org.vetreport.report.indicator.records.MajorRecord;
import org.vetreport.report.replica.Watermark;
import org.vetreport.report.school.ReportingPeriods;
import org.vetreport.report.school.SchoolDirectory;
import org.vetreport.report.school.SchoolProfile;

/**
 * The indicator API the report and the dashboards read. Every answer carries a weak ETag derived from the data
 * versions of the schools it covers and the catalogue, so a dashboard polling an unchanged figure gets a 304.
 */
@RestController
@Tag(name = "indicators", description = "The figures of the annual quality report, computed from the replicated records")
class IndicatorController {

    private static final int MAX_SERIES_YEARS = 30;

    private final IndicatorEngine engine;
    private final SchoolFigures schools;
    private final SchoolDirectory directory;
    private final Watermark watermark;
    private final ReportingPeriods periods;
    private final String catalogueVersion;

    IndicatorController(IndicatorEngine engine, SchoolFigures schools, SchoolDirectory directory, Watermark watermark,
                        ReportingPeriods periods) {
        this.engine = engine;
        this.periods = periods;
        this.schools = schools;
        this.directory = directory;
        this.watermark = watermark;
        this.catalogueVersion = digest(engine.catalogue().stream().map(Object::toString).collect(Collectors.joining("\n"))
                + Objects.requireNonNullElse(IndicatorController.class.getPackage().getImplementationVersion(), ""));
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "The indicator catalogue: id, names, unit, chapter, definition and source topics")
    List<CatalogueEntry> catalogue() {
        return engine.catalogue().stream().map(CatalogueEntry::of).toList();
    }

    @GetMapping("/api/v1/schools/{school}/indicators")
    @Operation(summary = "Indicator values of one school for one reporting year",
            description = "Each value carries its numerator and denominator, the previous year's value, the "
                    + "difference and its provenance; the response names the replica watermark it was computed at. "
                    + "With by=major|gender|grade|programme, the student figures split by group instead (see the "
                    + "breakdown operation).")
    SchoolIndicators values(@PathVariable String school,
            @Parameter(description = "the year the report is labelled with", example = "2020") @RequestParam int year,
            @Parameter(description = "indicator ids, comma-separated; all when absent", example = "majors.count")
            @RequestParam(required = false) List<String> ids,
            ServletWebRequest request) {
        ReportingPeriods.requireReportYear("year", year);
        List<String> selected = engine.select(ids);
        SchoolFigures.DataVersion version = schools.version(school);
        if (request.checkNotModified(etag("school", selected, year, version))) {
            return null;
        }
        List<Watermark.Position> positions = watermark.positions();
        SchoolFigures.Snapshot snapshot = schools.snapshot(version, year);
        if (!snapshot.version().equals(version)) {
            tag(request, etag("school", selected, year, snapshot.version()));
        }
        IndicatorEngine.SchoolFigures figures = snapshot.figures();
        return new SchoolIndicators(school, year, Period.of(snapshot.period()), positions,
                engine.values(figures.current(), figures.previous(), figures.sourceCounts(), selected));
    }

    @GetMapping(path = "/api/v1/schools/{school}/indicators", params = "by")
    @Operation(summary = "Student figures of one school split by major, gender, grade (year of enrolment) or programme",
            description = "Only indicators computed from students' own records split meaningfully; asking for another "
                    + "is a 400. Arrays are aligned with `groups`, ready for a chart.")
    Breakdown breakdown(@PathVariable String school, @RequestParam int year,
            @Parameter(description = "major, gender, grade or programme", example = "major") @RequestParam String by,
            @Parameter(description = "indicator ids, comma-separated; every one that splits when absent", example = "students.enrolled")
            @RequestParam(required = false) List<String> ids,
            ServletWebRequest request) {
        ReportingPeriods.requireReportYear("year", year);
        StudentBreakdown breakdown = parseBreakdown(by);
        List<String> selected = breakdownIds(ids);
        SchoolFigures.DataVersion version = schools.version(school);
        if (request.checkNotModified(etag("breakdown:" + breakdown, selected, year, version))) {
            return null;
        }
        ReportingPeriod period = periods.of(school, year);
        SchoolRecords records = schools.records(school);
        Map<String, SchoolRecords> groups = breakdown.groups(records);
        List<List<IndicatorValue>> valuesByGroup = groups.values().stream()
                .map(group -> engine.compute(group, period, selected)).toList();
        List<String> keys = List.copyOf(groups.keySet());
        List<BrokenDown> indicators = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            int index = i;
            List<IndicatorValue> byGroup = valuesByGroup.stream().map(values -> values.get(index)).toList();
            IndicatorDefinition definition = engine.definition(selected.get(i)).orElseThrow();
            indicators.add(new BrokenDown(definition.id(), definition.nameZh(), definition.nameEn(), definition.unit(),
                    byGroup.stream().map(IndicatorValue::value).toList(),
                    byGroup.stream().map(IndicatorValue::numerator).toList(),
                    byGroup.stream().map(IndicatorValue::denominator).toList(),
                    byGroup.stream().map(IndicatorValue::previous).toList(), definition.definition()));
        }
        return new Breakdown(school, year, breakdown.name().toLowerCase(Locale.ROOT), Period.of(period), keys,
                labels(breakdown, keys, records), indicators);
    }

    @GetMapping("/api/v1/schools/{school}/indicators/{id}/series")
    @Operation(summary = "One indicator of one school year by year, as arrays for a chart",
            description = "Each year is computed for that year's own reporting period; a year without inputs has a null value.")
    Series series(@PathVariable String school, @PathVariable String id,
            @Parameter(description = "first year", example = "2016") @RequestParam int from,
            @Parameter(description = "last year", example = "2020") @RequestParam int to,
            ServletWebRequest request) {
        ReportingPeriods.requireReportYear("from", from);
        ReportingPeriods.requireReportYear("to", to);
        if (to < from) {
            throw InvalidInputException.of("to", "must not be before from (" + from + ")");
        }
        if (to - from + 1 > MAX_SERIES_YEARS) {
            throw InvalidInputException.of("to", "a series spans at most " + MAX_SERIES_YEARS + " years");
        }
        IndicatorDefinition definition = engine.definition(id)
                .orElseThrow(() -> new NotFoundException("indicator '" + id + "' is not in the catalogue at /api/v1/indicators"));
        if (request.checkNotModified(etag("series:" + from + "-" + to, List.of(id), 0, schools.version(school)))) {
            return null;
        }
        List<SchoolFigures.YearFigure> points = schools.series(school, id, from, to);
        return new Series(school, definition.id(), definition.nameZh(), definition.nameEn(), definition.unit(),
                points.stream().map(point -> point.period().label()).toList(),
                points.stream().map(point -> point.measurement().value()).toList(),
                points.stream().map(point -> point.measurement().numerator()).toList(),
                points.stream().map(point -> point.measurement().denominator()).toList(),
                points.stream().map(point -> Period.of(point.period())).toList());
    }

    @GetMapping("/api/v1/regions/{region}/indicators")
    @Operation(summary = "Indicator values of all schools of a province or city for one year",
            description = "Counts and sums are added; rates, ratios and per-head figures are recomputed from the "
                    + "added numerators and denominators, never averaged. Each school contributes its own reporting "
                    + "period labelled with the year. Only figures leave the region's schools, never records. A region "
                    + "none of whose schools has a profile yet has an empty list of schools and zero counts.")
    RegionIndicators region(@PathVariable String region,
            @Parameter(description = "the year the reports are labelled with", example = "2020") @RequestParam int year,
            @Parameter(description = "indicator ids, comma-separated; all when absent") @RequestParam(required = false) List<String> ids,
            ServletWebRequest request) {
        if (!Regions.isProvince(region) && !Regions.isCity(region)) {
            throw InvalidInputException.of("region", "must be a GB/T 2260 province code (e.g. 360000) or city code (e.g. 360400)");
        }
        ReportingPeriods.requireReportYear("year", year);
        List<String> selected = engine.select(ids);
        List<SchoolProfile> members = directory.inRegion(region);
        List<SchoolFigures.DataVersion> versions = members.stream().map(member -> schools.version(member.code())).toList();
        if (request.checkNotModified(etag("region:" + region, selected, year, versions.toArray()))) {
            return null;
        }
        List<RegionSchool> memberPeriods = new ArrayList<>();
        List<IndicatorEngine.SchoolFigures> figures = new ArrayList<>();
        List<SchoolFigures.DataVersion> computedAt = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            SchoolProfile member = members.get(i);
            SchoolFigures.Snapshot snapshot = schools.snapshot(versions.get(i), year);
            memberPeriods.add(new RegionSchool(member.code(), member.name(), Period.of(snapshot.period())));
            figures.add(snapshot.figures());
            computedAt.add(snapshot.version());
        }
        if (!computedAt.equals(versions)) {
            tag(request, etag("region:" + region, selected, year, computedAt.toArray()));
        }
        return new RegionIndicators(region, year, memberPeriods, engine.rollUp(figures, selected));
    }

    private List<String> breakdownIds(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return engine.select(null).stream().filter(engine::breaksDownByStudents).toList();
        }
        List<String> selected = engine.select(ids);
        List<String> whole = selected.stream().filter(id -> !engine.breaksDownByStudents(id)).toList();
        if (!whole.isEmpty()) {
            throw InvalidInputException.of("ids", "cannot split " + whole + " by group of students: they are "
                    + "computed from records that do not belong to students (staff, money, rooms, ...)");
        }
        return selected;
    }

    private static StudentBreakdown parseBreakdown(String by) {
        try {
            return StudentBreakdown.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("by", "must be one of major, gender, grade, programme");
        }
    }

    private static List<String> labels(StudentBreakdown breakdown, List<String> keys, SchoolRecords records) {
        if (breakdown != StudentBreakdown.MAJOR) {
            return keys;
        }
        Map<String, String> names = records.majors().stream()
                .collect(Collectors.toMap(MajorRecord::code, MajorRecord::name, (first, second) -> first));
        return keys.stream().map(key -> names.getOrDefault(key, key)).toList();
    }

    /** The figures may be of a newer version than the one the request's ETag was checked against: name theirs. */
    private static void tag(ServletWebRequest request, String etag) {
        if (request.getResponse() != null) {
            request.getResponse().setHeader(HttpHeaders.ETAG, etag);
        }
    }

    /** Weak: the body also names the replica watermark, which moves with other schools' data. */
    private String etag(String kind, List<String> ids, int year, Object... versions) {
        return "W/\"" + digest(kind + "|" + ids + "|" + year + "|" + List.of(versions) + "|" + catalogueVersion) + "\"";
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    @Schema(name = "IndicatorDefinition")
    record CatalogueEntry(String id, String nameZh, String nameEn, String unit, String chapter, String definition,
                          List<String> sources) {

        static CatalogueEntry of(IndicatorDefinition definition) {
            return new CatalogueEntry(definition.id(), definition.nameZh(), definition.nameEn(), definition.unit(),
                    definition.chapter(), definition.definition(),
                    definition.sources().stream().map(Object::toString).toList());
        }
    }

    record Period(LocalDate from, LocalDate to, LocalDate referenceDate) {

        static Period of(ReportingPeriod period) {
            return new Period(period.from(), period.to(), period.referenceDate());
        }
    }

    record SchoolIndicators(String school, int year, Period period, List<Watermark.Position> watermark,
                            List<IndicatorValue> indicators) {
    }

    @Schema(description = "One indicator year by year; the arrays are aligned with years")
    record Series(String school, String id, String nameZh, String nameEn, String unit, List<Integer> years,
                  List<BigDecimal> values, List<BigDecimal> numerators, List<BigDecimal> denominators,
                  List<Period> periods) {
    }

    @Schema(description = "Student figures split by group; every array is aligned with groups")
    record Breakdown(String school, int year, String by, Period period, List<String> groups, List<String> labels,
                     List<BrokenDown> indicators) {
    }

    record BrokenDown(String id, String nameZh, String nameEn, String unit, List<BigDecimal> values,
                      List<BigDecimal> numerators, List<BigDecimal> denominators, List<BigDecimal> previous,
                      String definition) {
    }

    record RegionSchool(String code, String name, Period period) {
    }

    record RegionIndicators(String region, int year, List<RegionSchool> schools, List<IndicatorValue> indicators) {
    }
}
