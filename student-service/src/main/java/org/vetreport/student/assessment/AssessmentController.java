package org.vetreport.student.assessment;

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
import org.vetreport.student.student.StudentReferences;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "assessments", description = "学生考核结果: one result of one student in one term, for cultural courses "
        + "(文化课, per subject), the skill test (专业技能测试) and the fitness test (体质测试); the report's pass rates "
        + "(文化课合格率, 专业技能合格率, 体质测试合格率) count them. Addressed by studentNo:year:term:kind:subject.")
class AssessmentController {

    private static final String KEY = "studentNo:year:term:kind:subject, '-' for no subject; e.g. "
            + "2020001:2020:1:CULTURAL:CHINESE or 2020001:2020:2:FITNESS:-";

    private final EntityStore<Assessment> assessments;
    private final StudentReferences students;
    private final AssessmentImport assessmentImport;
    private final Imports imports;

    AssessmentController(EntityStore<Assessment> assessments, StudentReferences students,
                         AssessmentImport assessmentImport, Imports imports) {
        this.assessments = assessments;
        this.students = students;
        this.assessmentImport = assessmentImport;
        this.imports = imports;
    }

    @GetMapping("/assessments")
    @Operation(summary = "List assessment results in the order of their keys")
    Page<AssessmentResponse> list(@PathVariable String school,
            @Parameter(description = "only results of this student") @RequestParam(required = false) String studentNo,
            @Parameter(description = "only results counting towards this year") @RequestParam(required = false) Integer year,
            @Parameter(description = "only results of this term, 1 or 2") @RequestParam(required = false) Integer term,
            @RequestParam(required = false) AssessmentKind kind,
            @RequestParam(required = false) Subject subject,
            @Parameter(description = "only passed (true) or failed (false) results") @RequestParam(required = false) Boolean passed,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        ListFilter filter = new ListFilter().equal("studentNo", studentNo).equal("year", year).equal("term", term)
                .equal("kind", kind).equal("subject", subject).equal("passed", passed);
        return assessments.list(school, filter.toBson(), page, size).map(AssessmentResponse::of);
    }

    @GetMapping("/assessments/{key}")
    @Operation(summary = "Read one assessment result; its version comes as the ETag")
    ResponseEntity<AssessmentResponse> get(@PathVariable String school,
            @Parameter(description = KEY) @PathVariable String key) {
        return EntityResponses.found(assessments.get(school, key), AssessmentResponse::of);
    }

    @PutMapping("/assessments/{key}")
    @Operation(summary = "Record or replace one assessment result (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. The student must be a student of this "
                    + "school. Key fields in the body may be left out; given, they must agree with the key. With "
                    + "If-Match, the write happens only if the version still matches (412 otherwise).")
    ResponseEntity<AssessmentResponse> put(@PathVariable String school,
            @Parameter(description = KEY) @PathVariable String key,
            @RequestBody AssessmentRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Assessment assessment = AssessmentDrafts.forKey(key, body, students.of(school));
        return EntityResponses.written(
                assessments.put(school, key, assessment, EntityTags.ifMatch(ifMatch), Actors.of(request)),
                AssessmentResponse::of);
    }

    @DeleteMapping("/assessments/{key}")
    @Operation(summary = "Delete an assessment result; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @Parameter(description = KEY) @PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        assessments.delete(school, key, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/assessments/{key}/history")
    @Operation(summary = "Every version of an assessment result, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @Parameter(description = KEY) @PathVariable String key) {
        return assessments.history(school, key);
    }

    @PostMapping("/assessments:import")
    @Operation(summary = "Import assessment results in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: " + AssessmentImport.COLUMNS + ". Every row names its key fields.")
    ImportReport importAssessments(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(assessmentImport, school, mode, dryRun, request);
    }
}
