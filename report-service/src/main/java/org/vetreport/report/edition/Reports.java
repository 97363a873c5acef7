package org.vetreport.report.edition;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.vetreport.platform.events.ReportingYear.Status;
import org.vetreport.platform.kit.error.ConflictException;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.report.document.Block;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.indicator.IndicatorEngine;
import org.vetreport.report.indicator.IndicatorValue;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.SchoolFigures;
import org.vetreport.report.narrative.ImageStore;
import org.vetreport.report.narrative.NarrativeStore;
import org.vetreport.report.replica.Watermark;
import org.vetreport.report.school.ReportingPeriods;
import org.vetreport.report.school.SchoolDirectory;
import org.vetreport.report.school.SchoolProfile;
import org.vetreport.report.template.Charts;
import org.vetreport.report.template.Figure;
import org.vetreport.report.template.ReportTemplate;
import org.vetreport.report.template.SchoolInfo;
import org.vetreport.report.template.TemplateChoices;
import org.vetreport.report.template.Templates;
import org.vetreport.report.template.YearValue;
import org.vetreport.report.year.YearService;

/**
 * Gathers a report's inputs from the live data (figures, series, profile, narrative, template choice, watermark),
 * freezes them into editions, and assembles documents from live or frozen inputs.
 */
@Service
public class Reports {

    private final SchoolFigures figures;
    private final IndicatorEngine engine;
    private final SchoolDirectory directory;
    private final NarrativeStore narratives;
    private final ImageStore images;
    private final TemplateChoices templates;
    private final Watermark watermark;
    private final YearService years;
    private final Editions editions;
    private final Clock clock;

    Reports(SchoolFigures figures, IndicatorEngine engine, SchoolDirectory directory, NarrativeStore narratives,
            ImageStore images, TemplateChoices templates, Watermark watermark, YearService years, Editions editions,
            Clock clock) {
        this.figures = figures;
        this.engine = engine;
        this.directory = directory;
        this.narratives = narratives;
        this.images = images;
        this.templates = templates;
        this.watermark = watermark;
        this.years = years;
        this.editions = editions;
        this.clock = clock;
    }

    /** The inputs of the live draft, as the data stand now. */
    public ReportInputs live(String school, int year) {
        ReportingPeriods.requireReportYear(year);
        // read before the figures, so the edition never claims a position beyond what they were computed from
        List<Watermark.Position> positions = watermark.positions();
        SchoolFigures.Snapshot snapshot = figures.snapshot(school, year);
        IndicatorEngine.SchoolFigures current = snapshot.figures();
        Map<String, Figure> byId = new LinkedHashMap<>();
        for (IndicatorValue value : engine.values(current.current(), current.previous(), current.sourceCounts(), List.of())) {
            byId.put(value.id(), new Figure(value.id(), value.nameZh(), value.unit(), value.value(), value.previous(),
                    value.change(), value.changePercent(), value.numerator(), value.denominator(),
                    value.parts().stream().map(part -> new Figure.Part(part.key(), part.value())).toList()));
        }
        Map<String, List<YearValue>> series = new TreeMap<>();
        for (String id : Charts.TREND) {
            series.put(id, figures.series(school, id, year - Charts.TREND_YEARS + 1, year).stream()
                    .map(point -> new YearValue(point.period().label(), value(point.measurement()))).toList());
        }
        ReportTemplate template = templates.of(school, year);
        // narrative kept for the other outline stays out, so an edition and its diff hold only what it prints
        Map<String, String> narrative = new TreeMap<>();
        narratives.of(school, year).forEach((section, text) -> {
            if (template.section(section).isPresent()) {
                narrative.put(section, text.text());
            }
        });
        return new ReportInputs(school, year, template.id(), profile(school), snapshot.period().from(),
                snapshot.period().to(), new TreeMap<>(byId), new TreeMap<>(series), new TreeMap<>(narrative), positions,
                now());
    }

    /** The document the inputs make, with the edition number it carries ({@code null} for the live draft). */
    public ReportDocument document(ReportInputs inputs, Integer edition) {
        ReportTemplate template = Templates.find(inputs.template())
                .orElseThrow(() -> new IllegalStateException("inputs name no built-in template: " + inputs.template()));
        return ReportAssembler.assemble(template, inputs, edition, id -> images.find(inputs.school(), id)
                .map(image -> new Block.Image("", image.contentType(), image.bytes())));
    }

    /**
     * Freezes the live inputs into the next edition. A year not LOCKED needs a reason, kept with the edition and
     * the caller.
     */
    public Edition publish(String school, int year, String override, String actor) {
        ReportingPeriods.requireReportYear(year);
        Status status = years.get(school, year).value().status();
        String reason = override == null || override.isBlank() ? null : override.strip();
        if (status != Status.LOCKED && reason == null) {
            throw new ConflictException("the year " + year + " is " + status + "; lock it first (POST /api/v1/schools/"
                    + school + "/years/" + year + ":lock) or publish with {\"override\": \"<reason>\"}");
        }
        if (reason != null && reason.length() > 1000) {
            throw InvalidInputException.of("override", "must be at most 1000 characters");
        }
        return editions.publish(school, year, live(school, year), status.name(), status == Status.LOCKED ? null : reason,
                actor);
    }

    public List<Edition> editions(String school, int year) {
        return editions.list(school, year);
    }

    public Optional<Edition> edition(String school, int year, int number) {
        return editions.find(school, year, number);
    }

    private SchoolInfo profile(String school) {
        Optional<SchoolProfile> profile = directory.find(school);
        return profile.map(p -> new SchoolInfo(school, p.name(), p.foundingAuthority(), p.address(), p.honours(),
                p.description())).orElseGet(() -> new SchoolInfo(school, school, null, null, List.of(), null));
    }

    private static BigDecimal value(Measurement measurement) {
        return measurement == null ? null : measurement.value();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
