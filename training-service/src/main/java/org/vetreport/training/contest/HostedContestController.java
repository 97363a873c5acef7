package org.vetreport.training.contest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
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
import org.vetreport.platform.kit.importing.ImportReport;
import org.vetreport.platform.kit.importing.Imports;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.ListFilter;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Precondition;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.CreatedResources;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "hosted-contests", description = "承办赛事: skills contests the school hosted (承办) or co-hosted (协办), by "
        + "level, with the events (赛项) held. Contests have no natural key: they are created with POST (honouring "
        + "Idempotency-Key) and then addressed by the id the service gave them.")
class HostedContestController {

    private final EntityStore<HostedContest> contests;
    private final HostedContestImport contestImport;
    private final Imports imports;

    HostedContestController(EntityStore<HostedContest> contests, HostedContestImport contestImport, Imports imports) {
        this.contests = contests;
        this.contestImport = contestImport;
        this.imports = imports;
    }

    @GetMapping("/hosted-contests")
    @Operation(summary = "List hosted contests in the order of their ids")
    Page<HostedContestResponse> list(@PathVariable String school,
            @RequestParam(required = false) ContestLevel level,
            @RequestParam(required = false) HostRole role,
            @Parameter(description = "only contests that held this event (exact name)") @RequestParam(required = false) String event,
            @Parameter(description = "only contests held in this calendar year") @RequestParam(required = false) Integer year,
            @Parameter(description = "held on or after this day") @RequestParam(required = false) LocalDate dateFrom,
            @Parameter(description = "held on or before this day") @RequestParam(required = false) LocalDate dateTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        // equality with an array field matches any of its elements
        ListFilter filter = new ListFilter().equal("level", level).equal("role", role).equal("events", event)
                .inYear("date", year).onOrAfter("date", dateFrom).onOrBefore("date", dateTo);
        return contests.list(school, filter.toBson(), page, size).map(HostedContestResponse::of);
    }

    @GetMapping("/hosted-contests/{id}")
    @Operation(summary = "Read one hosted contest; its version comes as the ETag")
    ResponseEntity<HostedContestResponse> get(@PathVariable String school, @PathVariable String id) {
        return EntityResponses.found(contests.get(school, id), HostedContestResponse::of);
    }

    @PostMapping("/hosted-contests")
    @Operation(summary = "Record a hosted contest",
            description = "201 with the contest's Location. At least one event, each once. With an Idempotency-Key, "
                    + "repeating the request answers 200 with the contest recorded the first time and publishes "
                    + "nothing; the same key with a different contest is 409.")
    ResponseEntity<HostedContestResponse> create(@PathVariable String school, @RequestBody HostedContestRequest body,
            @Parameter(in = ParameterIn.HEADER, description = CreatedResources.IDEMPOTENCY_KEY_DESCRIPTION)
            @RequestHeader(name = CreatedResources.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            HttpServletRequest request) {
        HostedContest contest = body.toContest();
        return CreatedResources.created(contests.create(school, contest, CreatedResources.idempotencyKey(idempotencyKey),
                Actors.of(request)), HostedContestResponse::of);
    }

    @PutMapping("/hosted-contests/{id}")
    @Operation(summary = "Replace a hosted contest",
            description = "200 with the contest as now stored; 404 for an id the service did not give (PUT never "
                    + "creates a contest). With If-Match, only if the version still matches (412 otherwise).")
    ResponseEntity<HostedContestResponse> replace(@PathVariable String school, @PathVariable String id,
            @RequestBody HostedContestRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Precondition precondition = CreatedResources.replacing(contests, school, id, ifMatch);
        return EntityResponses.written(contests.put(school, id, body.toContest(), precondition, Actors.of(request)),
                HostedContestResponse::of);
    }

    @DeleteMapping("/hosted-contests/{id}")
    @Operation(summary = "Delete a hosted contest recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        contests.delete(school, id, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/hosted-contests/{id}/history")
    @Operation(summary = "Every version of a hosted contest, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String id) {
        return contests.history(school, id);
    }

    @PostMapping("/hosted-contests:import")
    @Operation(summary = "Import hosted contests in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: " + HostedContestImport.COLUMNS + ". Each contest is stored under an id derived from "
            + "its name, level, role, date and events, so the same contest in a later file is the same record.")
    ImportReport importContests(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(contestImport, school, mode, dryRun, request);
    }
}
