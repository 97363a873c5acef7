package org.vetreport.training.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
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
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.ImportReport;
import org.vetreport.platform.kit.importing.Imports;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.ListFilter;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "training-sessions", description = "社会培训与技能鉴定: sessions of social training and skill appraisal "
        + "by programme (SYB, e-commerce, food safety, ...), audience and trade (工种), commissioned by whom and for "
        + "which region in counterpart support (对口支援), with trainees (人次), appraised and passed. The report's "
        + "社会培训人次 and 通过率 count them.")
class TrainingSessionController {

    private final EntityStore<TrainingSession> sessions;
    private final TrainingSessionImport sessionImport;
    private final Imports imports;

    TrainingSessionController(EntityStore<TrainingSession> sessions, TrainingSessionImport sessionImport, Imports imports) {
        this.sessions = sessions;
        this.sessionImport = sessionImport;
        this.imports = imports;
    }

    @GetMapping("/training-sessions")
    @Operation(summary = "List training sessions in the order of their codes")
    Page<TrainingSessionResponse> list(@PathVariable String school,
            @RequestParam(required = false) TrainingProgramme programme,
            @RequestParam(required = false) Audience audience,
            @Parameter(description = "only sessions of this trade (exact)") @RequestParam(required = false) String occupation,
            @Parameter(description = "only sessions for this region (exact)") @RequestParam(required = false) String region,
            @Parameter(description = "only sessions commissioned by this body (exact)") @RequestParam(required = false) String commissionedBy,
            @Parameter(description = "only sessions starting in this calendar year") @RequestParam(required = false) Integer year,
            @Parameter(description = "starting on or after this day") @RequestParam(required = false) LocalDate startFrom,
            @Parameter(description = "starting on or before this day") @RequestParam(required = false) LocalDate startTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        ListFilter filter = new ListFilter().equal("programme", programme).equal("audience", audience)
                .equal("occupation", occupation).equal("region", region).equal("commissionedBy", commissionedBy)
                .inYear("startOn", year).onOrAfter("startOn", startFrom).onOrBefore("startOn", startTo);
        return sessions.list(school, filter.toBson(), page, size).map(TrainingSessionResponse::of);
    }

    @GetMapping("/training-sessions/{code}")
    @Operation(summary = "Read one training session; its version comes as the ETag")
    ResponseEntity<TrainingSessionResponse> get(@PathVariable String school, @PathVariable String code) {
        return EntityResponses.found(sessions.get(school, code), TrainingSessionResponse::of);
    }

    @PutMapping("/training-sessions/{code}")
    @Operation(summary = "Record a training session or replace its details (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. passed ≤ appraised ≤ trainees, all 0 or "
                    + "more; endOn not before startOn. With If-Match, only if the version still matches (412 "
                    + "otherwise).")
    ResponseEntity<TrainingSessionResponse> put(@PathVariable String school, @PathVariable String code,
            @RequestBody TrainingSessionRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.code() != null && !body.code().equals(code)) {
            throw InvalidInputException.of("code", "'" + body.code() + "' differs from the code in the path");
        }
        return EntityResponses.written(sessions.put(school, code, body.toSession(code), EntityTags.ifMatch(ifMatch),
                Actors.of(request)), TrainingSessionResponse::of);
    }

    @DeleteMapping("/training-sessions/{code}")
    @Operation(summary = "Delete a training session recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        sessions.delete(school, code, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/training-sessions/{code}/history")
    @Operation(summary = "Every version of a training session, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String code) {
        return sessions.history(school, code);
    }

    @PostMapping("/training-sessions:import")
    @Operation(summary = "Import training sessions in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: " + TrainingSessionImport.COLUMNS + ".")
    ImportReport importSessions(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(sessionImport, school, mode, dryRun, request);
    }
}
