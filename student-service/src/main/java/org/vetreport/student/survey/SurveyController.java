package org.vetreport.student.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vetreport.platform.kit.importing.ImportReport;
import org.vetreport.platform.kit.importing.Imports;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;
import org.vetreport.platform.kit.store.ListFilter;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "surveys", description = "满意度调查: aggregate results of the satisfaction surveys (students on club "
        + "activities, campus safety and teaching; graduates; employers; parents ...), one per survey and year, as "
        + "counts of satisfied, dissatisfied and undecided respondents. Addressed by survey:year.")
class SurveyController {

    private static final String KEY = "survey:year, e.g. CAREER_PROSPECTS:2020";

    private final EntityStore<Survey> surveys;
    private final SurveyImport surveyImport;
    private final Imports imports;

    SurveyController(EntityStore<Survey> surveys, SurveyImport surveyImport, Imports imports) {
        this.surveys = surveys;
        this.surveyImport = surveyImport;
        this.imports = imports;
    }

    @GetMapping("/surveys")
    @Operation(summary = "List survey results in the order of their keys")
    Page<SurveyResponse> list(@PathVariable String school,
            @RequestParam(required = false) SurveyKind survey,
            @Parameter(description = "only results of this year") @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        ListFilter filter = new ListFilter().equal("survey", survey).equal("year", year);
        return surveys.list(school, filter.toBson(), page, size).map(SurveyResponse::of);
    }

    @GetMapping("/surveys/{key}")
    @Operation(summary = "Read one survey result; its version comes as the ETag")
    ResponseEntity<SurveyResponse> get(@PathVariable String school, @Parameter(description = KEY) @PathVariable String key) {
        return EntityResponses.found(surveys.get(school, key), SurveyResponse::of);
    }

    @PutMapping("/surveys/{key}")
    @Operation(summary = "Record or replace a survey result (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. Counts are 0 or more with at least one "
                    + "respondent. Key fields in the body may be left out; given, they must agree with the key. With "
                    + "If-Match, the write happens only if the version still matches (412 otherwise).")
    ResponseEntity<SurveyResponse> put(@PathVariable String school, @Parameter(description = KEY) @PathVariable String key,
            @RequestBody SurveyRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Survey survey = SurveyDrafts.forKey(key, body);
        return EntityResponses.written(
                surveys.put(school, key, survey, EntityTags.ifMatch(ifMatch), Actors.of(request)), SurveyResponse::of);
    }

    @DeleteMapping("/surveys/{key}")
    @Operation(summary = "Delete a survey result; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @Parameter(description = KEY) @PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        surveys.delete(school, key, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/surveys/{key}/history")
    @Operation(summary = "Every version of a survey result, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @Parameter(description = KEY) @PathVariable String key) {
        return surveys.history(school, key);
    }

    @PostMapping("/surveys:import")
    @Operation(summary = "Import survey results in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: " + SurveyImport.COLUMNS + ". Every row names its survey and year.")
    ImportReport importSurveys(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(surveyImport, school, mode, dryRun, request);
    }
}
