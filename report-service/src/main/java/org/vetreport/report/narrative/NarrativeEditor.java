package org.vetreport.report.narrative;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.store.Precondition;
import org.vetreport.report.indicator.IndicatorDefinition;
import org.vetreport.report.indicator.IndicatorEngine;
import org.vetreport.report.template.ReportTemplate;
import org.vetreport.report.template.TemplateChoices;

/**
 * Checks narrative before keeping it: the section must be one of the year's outline, every placeholder must name
 * an indicator of the catalogue (and a part of it), every image must have been uploaded. Mistakes are named with
 * the nearest valid names.
 */
@Service
public class NarrativeEditor {

    /** Far more than any section of a yearly report holds; stops a pasted file from becoming a section. */
    static final int MAX_TEXT = 50_000;

    private final NarrativeStore narratives;
    private final ImageStore images;
    private final TemplateChoices templates;
    private final List<String> indicators;
    private final Set<String> indicatorSet;
    private final Clock clock;

    NarrativeEditor(NarrativeStore narratives, ImageStore images, TemplateChoices templates, IndicatorEngine engine,
                    Clock clock) {
        this.narratives = narratives;
        this.images = images;
        this.templates = templates;
        this.indicators = engine.catalogue().stream().map(IndicatorDefinition::id).toList();
        this.indicatorSet = Set.copyOf(indicators);
        this.clock = clock;
    }

    public Narrative save(String school, int year, String section, String text, Precondition precondition,
                          String actor) {
        ReportTemplate template = templates.of(school, year);
        if (template.section(section).isEmpty()) {
            throw InvalidInputException.of("sectionId", "'" + section + "' is not a section of the template "
                    + template.id() + "; nearest: " + String.join(", ", Suggestions.nearest(section, template.sectionIds())));
        }
        if (text == null || text.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "is required, at most " + MAX_TEXT + " characters");
        }
        List<FieldError> errors = new ArrayList<>();
        if (NarrativeText.hasStrayBraces(text)) {
            errors.add(new FieldError("text", "has '{{' or '}}' without its pair; a figure is written {{indicator.id}}"));
        }
        List<String> names = Placeholder.names(indicators);
        for (String name : new LinkedHashSet<>(NarrativeText.placeholders(text))) {
            if (Placeholder.parse(name, indicatorSet).isEmpty()) {
                errors.add(new FieldError("text", "unknown placeholder {{" + name + "}}; nearest valid: "
                        + String.join(", ", Suggestions.nearest(name, names).stream().map(n -> "{{" + n + "}}").toList())
                        + " (an indicator id of /api/v1/indicators, optionally followed by ."
                        + String.join("|.", Placeholder.PARTS) + ")"));
            }
        }
        for (NarrativeText.ImageRef image : NarrativeText.images(text)) {
            if (images.find(school, image.id()).isEmpty()) {
                errors.add(new FieldError("text", "shows image '" + image.id() + "', which was not uploaded for school '"
                        + school + "'; upload it first to POST .../reports/" + year + "/images"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return narratives.save(school, year, section, text, precondition, actor, now());
    }

    public StoredImage upload(String school, byte[] bytes, String actor) {
        return images.save(school, bytes, actor, now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
