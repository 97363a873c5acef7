package org.vetreport.report.edition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.error.NotFoundException;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.report.document.DocumentRenderer;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.narrative.ImageStore;
import org.vetreport.report.narrative.Narrative;
import org.vetreport.report.narrative.NarrativeEditor;
import org.vetreport.report.narrative.NarrativeStore;
import org.vetreport.report.narrative.StoredImage;
import org.vetreport.report.school.ReportingPeriods;
import org.vetreport.report.template.ReportTemplate;
import org.vetreport.report.template.TemplateChoices;
import org.vetreport.report.template.TemplateSection;
import org.vetreport.report.template.Templates;

/**
 * The yearly document: the outline a school picks, the narrative of its sections and their images, the live
 * draft in every format a renderer exists for, and the numbered editions frozen from it.
 */
@RestController
@RequestMapping("/api/v1/schools/{school}/reports")
@Tag(name = "reports", description = "质量年报: the yearly report document. A school picks an outline per year "
        + "(outline-2016, the default, or outline-2024); editors write each section's narrative with figure "
        + "placeholders such as {{students.enrolled}} and upload images for cases; the live draft renders in every "
        + "format (docx, html, pdf, json, md, as renderers exist); editions freeze figures, narrative, outline and "
        + "the replica watermark, so an edition re-renders identically whatever changes later.")
class ReportController {

    private static final String YEAR = "the year the report is labelled with, e.g. 2020";

    private final Reports reports;
    private final TemplateChoices templates;
    private final NarrativeEditor editor;
    private final NarrativeStore narratives;
    private final ImageStore images;
    private final Map<String, DocumentRenderer> renderers;
    private final Clock clock;

    ReportController(Reports reports, TemplateChoices templates, NarrativeEditor editor, NarrativeStore narratives,
                     ImageStore images, List<DocumentRenderer> renderers, Clock clock) {
        this.reports = reports;
        this.templates = templates;
        this.editor = editor;
        this.narratives = narratives;
        this.images = images;
        this.renderers = renderers.stream().collect(Collectors.toMap(DocumentRenderer::format, Function.identity(),
                (first, second) -> {
                    throw new IllegalStateException("two renderers for the format " + first.format());
                }, TreeMap::new));
        this.clock = clock;
    }

    @GetMapping("/{year:\\d+}")
    @Operation(summary = "The report of a year: its outline, its sections with the narrative's versions, its editions "
            + "and the formats it renders in")
    ReportResponse get(@PathVariable String school, @Parameter(description = YEAR) @PathVariable int year) {
        ReportingPeriods.requireReportYear(year);
        return response(school, year);
    }

    @PutMapping("/{year:\\d+}")
    @Operation(summary = "Picks the outline of a year's report: outline-2016 (the default) or outline-2024",
            description = "Narrative is kept by section id; switching outlines keeps it, and sections of the other "
                    + "outline show again when switching back.")
    ReportResponse choose(@PathVariable String school, @Parameter(description = YEAR) @PathVariable int year,
            @RequestBody TemplateRequest body, HttpServletRequest request) {
        ReportingPeriods.requireReportYear(year);
        String id = body == null ? null : body.template();
        ReportTemplate template = Templates.find(id == null ? "" : id).orElseThrow(() -> InvalidInputException.of(
                "template", "must be one of " + Templates.ids()));
        templates.choose(school, year, template, Actors.of(request), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return response(school, year);
    }

    @GetMapping("/{year:\\d+}/sections/{sectionId}")
    @Operation(summary = "The narrative of one section, with its version as ETag")
    ResponseEntity<NarrativeResponse> section(@PathVariable String school, @PathVariable int year,
            @PathVariable String sectionId) {
        ReportingPeriods.requireReportYear(year);
        requireSection(school, year, sectionId);
        Narrative narrative = narratives.find(school, year, sectionId)
                .orElseGet(() -> new Narrative(sectionId, "", 0, null, null));
        return ResponseEntity.ok().eTag(EntityTags.of(narrative.version())).body(NarrativeResponse.of(narrative));
    }

    @PutMapping(path = "/{year:\\d+}/sections/{sectionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Writes the narrative of one section",
            description = "Markdown-like text: paragraphs separated by blank lines, **bold**, list items starting "
                    + "with '- ' or '1. ', figures as {{indicator.id}} or {{indicator.id.part}} (value, previous, "
                    + "change, changePercent, numerator, denominator: the number alone, as rounded in the report) and "
                    + "images on their own line as ![caption](image:<id>). An unknown section, placeholder or image "
                    + "is a 400 naming the nearest valid ones. If-Match with the section's ETag guards against "
                    + "overwriting another editor's change.")
    ResponseEntity<NarrativeResponse> write(@PathVariable String school, @PathVariable int year,
            @PathVariable String sectionId, @RequestBody NarrativeRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, HttpServletRequest request) {
        return saved(school, year, sectionId, body == null ? null : body.text(), ifMatch, request);
    }

    @PutMapping(path = "/{year:\\d+}/sections/{sectionId}", consumes = {"text/markdown", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Writes the narrative of one section from a Markdown or plain text body")
    ResponseEntity<NarrativeResponse> writeText(@PathVariable String school, @PathVariable int year,
            @PathVariable String sectionId, @RequestBody String text,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, HttpServletRequest request) {
        return saved(school, year, sectionId, text, ifMatch, request);
    }

    @PostMapping(path = "/{year:\\d+}/images", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Uploads an image for the narrative (PNG or JPEG, at most report.images.max-size)",
            description = "The body is the image's bytes; its kind is read from them, not from Content-Type. The "
                    + "answer names the id to write into narrative as ![caption](image:<id>). The same bytes give the "
                    + "same id, and an image never changes once stored.")
    ResponseEntity<ImageResponse> upload(@PathVariable String school, @PathVariable int year,
            @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        ReportingPeriods.requireReportYear(year);
        StoredImage image = editor.upload(school, body == null ? new byte[0] : body, Actors.of(request));
        return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + image.id()))
                .body(new ImageResponse(image.id(), image.contentType(), image.bytes().length,
                        "![](image:" + image.id() + ")"));
    }

    @GetMapping("/{year:\\d+}/images/{imageId}")
    @Operation(summary = "An uploaded image's bytes")
    ResponseEntity<byte[]> image(@PathVariable String school, @PathVariable int year, @PathVariable String imageId) {
        StoredImage image = images.find(school, imageId)
                .orElseThrow(() -> NotFoundException.of("image", school, imageId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType())).body(image.bytes());
    }

    @GetMapping("/{year:\\d+}.{format}")
    @Operation(summary = "Renders the live draft in a format: docx, html, pdf, json or md (as renderers exist)",
            description = "The draft is assembled from the data as they stand now; an unknown format is a 404 "
                    + "listing the known ones.")
    ResponseEntity<byte[]> draft(@PathVariable String school, @PathVariable int year, @PathVariable String format) {
        DocumentRenderer renderer = renderer(format);
        ReportInputs inputs = reports.live(school, year);
        return file(renderer, reports.document(inputs, null), school + "-" + year + "-质量报告." + format);
    }

    @PostMapping("/{year:\\d+}/editions")
    @Operation(summary = "Publishes the next edition: freezes figures, narrative, outline and the replica watermark",
            description = "The year must be LOCKED (see /years); otherwise {\"override\": \"<reason>\"} publishes it "
                    + "anyway and the reason is kept with the edition and the caller.")
    ResponseEntity<EditionResponse> publish(@PathVariable String school, @PathVariable int year,
            @RequestBody(required = false) PublishRequest body, HttpServletRequest request) {
        Edition edition = reports.publish(school, year, body == null ? null : body.override(), Actors.of(request));
        return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + edition.number()))
                .body(EditionResponse.of(edition));
    }

    @GetMapping("/{year:\\d+}/editions")
    @Operation(summary = "The editions of a year, oldest first")
    List<EditionResponse> editions(@PathVariable String school, @PathVariable int year) {
        ReportingPeriods.requireReportYear(year);
        return reports.editions(school, year).stream().map(EditionResponse::of).toList();
    }

    @GetMapping("/{year:\\d+}/editions/{number:\\d+}")
    @Operation(summary = "One edition with everything it froze: figures, series, narrative, profile and watermark")
    EditionDetail edition(@PathVariable String school, @PathVariable int year, @PathVariable int number) {
        Edition edition = find(school, year, number);
        return new EditionDetail(EditionResponse.of(edition), edition.inputs());
    }

    @GetMapping("/{year:\\d+}/editions/{number:\\d+}.{format}")
    @Operation(summary = "Renders an edition in a format; the same edition always gives the same bytes")
    ResponseEntity<byte[]> renderEdition(@PathVariable String school, @PathVariable int year, @PathVariable int number,
            @PathVariable String format) {
        DocumentRenderer renderer = renderer(format);
        Edition edition = find(school, year, number);
        return file(renderer, reports.document(edition.inputs(), edition.number()),
                school + "-" + year + "-质量报告-第" + number + "版." + format);
    }

    @GetMapping("/{year:\\d+}/editions/{from:\\d+}/diff/{to:\\d+}")
    @Operation(summary = "What changed between two editions: figures by indicator id, narrative by section id")
    EditionDiff diff(@PathVariable String school, @PathVariable int year, @PathVariable int from, @PathVariable int to) {
        return EditionDiff.between(from, find(school, year, from).inputs(), to, find(school, year, to).inputs());
    }

    private ResponseEntity<NarrativeResponse> saved(String school, int year, String sectionId, String text,
                                                    String ifMatch, HttpServletRequest request) {
        ReportingPeriods.requireReportYear(year);
        Narrative narrative = editor.save(school, year, sectionId, text, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return ResponseEntity.ok().eTag(EntityTags.of(narrative.version())).body(NarrativeResponse.of(narrative));
    }

    private void requireSection(String school, int year, String sectionId) {
        ReportTemplate template = templates.of(school, year);
        if (template.section(sectionId).isEmpty()) {
            throw new NotFoundException("section '" + sectionId + "' is not in the template " + template.id()
                    + "; its sections are listed at GET /api/v1/schools/" + school + "/reports/" + year);
        }
    }

    private Edition find(String school, int year, int number) {
        ReportingPeriods.requireReportYear(year);
        return reports.edition(school, year, number).orElseThrow(() -> new NotFoundException(
                "edition " + number + " of " + year + " does not exist in school '" + school + "'"));
    }

    private DocumentRenderer renderer(String format) {
        DocumentRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new NotFoundException("no renderer for the format '" + format + "'; known formats: "
                    + String.join(", ", renderers.keySet()));
        }
        return renderer;
    }

    private static ResponseEntity<byte[]> file(DocumentRenderer renderer, ReportDocument document, String fileName) {
        byte[] bytes = renderer.render(document);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(renderer.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .body(bytes);
    }

    /** RFC 6266 with an ASCII fallback and the UTF-8 name encoded per RFC 5987, which every current browser reads. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private ReportResponse response(String school, int year) {
        ReportTemplate template = templates.of(school, year);
        Map<String, Narrative> written = narratives.of(school, year);
        List<SectionResponse> sections = new ArrayList<>();
        outline(template.sections(), written, sections);
        return new ReportResponse(school, year, template.id(), template.name(), Templates.ids(), sections,
                reports.editions(school, year).size(), List.copyOf(renderers.keySet()));
    }

    private static void outline(List<TemplateSection> sections, Map<String, Narrative> written, List<SectionResponse> out) {
        for (TemplateSection section : sections) {
            Narrative narrative = written.get(section.id());
            out.add(new SectionResponse(section.id(), section.title(), section.caseStudy(),
                    !section.content().isEmpty(), narrative == null ? 0 : narrative.version()));
            outline(section.children(), written, out);
        }
    }

    record TemplateRequest(@Schema(description = "outline-2016 or outline-2024", example = "outline-2024") String template) {
    }

    record NarrativeRequest(@Schema(example = "学校现有全日制在校生{{students.enrolled}}人。") String text) {
    }

    record PublishRequest(@Schema(description = "why the edition is published although the year is not LOCKED")
                          String override) {
    }

    /**
     * @param generated whether the outline generates sentences, tables or charts in it
     * @param version   the narrative's version, 0 while nobody has written it
     */
    record SectionResponse(String id, String title, boolean caseStudy, boolean generated, long version) {
    }

    record ReportResponse(String school, int year, String template, String templateName, List<String> templates,
                          List<SectionResponse> sections, int editions, List<String> formats) {
    }

    record NarrativeResponse(String section, String text, long version, Instant updatedAt, String updatedBy) {

        static NarrativeResponse of(Narrative narrative) {
            return new NarrativeResponse(narrative.section(), narrative.text(), narrative.version(),
                    narrative.updatedAt(), narrative.updatedBy());
        }
    }

    record ImageResponse(String id, String contentType, long size, String markdown) {
    }

    record EditionResponse(int number, String template, Instant createdAt, String createdBy, String yearStatus,
                           String override) {

        static EditionResponse of(Edition edition) {
            return new EditionResponse(edition.number(), edition.template(), edition.createdAt(), edition.createdBy(),
                    edition.yearStatus(), edition.override());
        }
    }

    record EditionDetail(EditionResponse edition, ReportInputs inputs) {
    }
}
