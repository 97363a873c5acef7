package org.vetreport.report.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.report.replica.Replicas;
import org.vetreport.report.replica.Watermark;
import org.vetreport.report.school.ReportingPeriods;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "indicators", description = "The figures of the annual quality report, computed from the replicated records")
class IndicatorController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final IndicatorEngine engine;
    private final Replicas replicas;
    private final Watermark watermark;
    private final JsonMapper json;
    private final ReportingPeriods periods;

    IndicatorController(IndicatorEngine engine, Replicas replicas, Watermark watermark, JsonMapper json,
            ReportingPeriods periods) {
        this.engine = engine;
        this.replicas = replicas;
        this.watermark = watermark;
        this.json = json;
        this.periods = periods;
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "The indicator catalogue: id, names, unit, chapter, definition and source topics")
    List<CatalogueEntry> catalogue() {
        return engine.catalogue().stream().map(CatalogueEntry::of).toList();
    }

    @GetMapping("/api/v1/schools/{school}/indicators")
    @Operation(summary = "Indicator values of one school for one reporting year",
            description = "Each value carries its numerator and denominator, the previous year's value, the "
                    + "difference and its provenance; the response names the replica watermark it was computed at.")
    SchoolIndicators values(@PathVariable String school,
            @Parameter(description = "the year the report is labelled with", example = "2020") @RequestParam int year,
            @Parameter(description = "indicator ids, comma-separated; all when absent", example = "majors.count")
            @RequestParam(required = false) List<String> ids) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInputException.of("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        ReportingPeriod period = periods.of(school, year);
        List<Watermark.Position> positions = watermark.positions();
        List<IndicatorValue> values = engine.compute(new MongoSchoolRecords(replicas, json, school), period, ids);
        return new SchoolIndicators(school, year,
                new Period(period.from(), period.to(), period.referenceDate()), positions, values);
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
    }

    record SchoolIndicators(String school, int year, Period period, List<Watermark.Position> watermark,
                            List<IndicatorValue> indicators) {
    }
}
