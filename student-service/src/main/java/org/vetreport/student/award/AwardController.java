package org.vetreport.student.award;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
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
import org.vetreport.platform.kit.store.Precondition;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;
import org.vetreport.student.student.Student;
import org.vetreport.platform.kit.web.CreatedResources;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "awards", description = "学生竞赛获奖: prizes students won at skills competitions, by tier (国际级 to 校级) "
        + "and medal. Awards have no natural key: they are created with POST (honouring Idempotency-Key) and then "
        + "addressed by the id the service gave them.")
class AwardController {

    private final EntityStore<Award> awards;
    private final EntityStore<Student> students;
    private final AwardImport awardImport;
    private final Imports imports;

    AwardController(EntityStore<Award> awards, EntityStore<Student> students, AwardImport awardImport, Imports imports) {
        this.awards = awards;
        this.students = students;
        this.awardImport = awardImport;
        this.imports = imports;
    }

    @GetMapping("/awards")
    @Operation(summary = "List awards in the order of their ids")
    Page<AwardResponse> list(@PathVariable String school,
            @RequestParam(required = false) AwardTier tier,
            @RequestParam(required = false) Medal medal,
            @Parameter(description = "only awards of this competition (exact name)") @RequestParam(required = false) String competition,
            @Parameter(description = "only awards won in this calendar year") @RequestParam(required = false) Integer year,
            @Parameter(description = "awarded on or after this date") @RequestParam(required = false) LocalDate awardedFrom,
            @Parameter(description = "awarded on or before this date") @RequestParam(required = false) LocalDate awardedTo,
            @Parameter(description = "only awards this student is among the winners of") @RequestParam(required = false) String studentNo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (tier != null) {
            filters.add(eq(EntityStore.field("tier"), tier.name()));
        }
        if (medal != null) {
            filters.add(eq(EntityStore.field("medal"), medal.name()));
        }
        if (competition != null) {
            filters.add(eq(EntityStore.field("competition"), competition));
        }
        if (year != null) {
            filters.add(gte(EntityStore.field("awardedOn"), year + "-01-01"));
            filters.add(lte(EntityStore.field("awardedOn"), year + "-12-31"));
        }
        if (awardedFrom != null) {
            filters.add(gte(EntityStore.field("awardedOn"), awardedFrom.toString()));
        }
        if (awardedTo != null) {
            filters.add(lte(EntityStore.field("awardedOn"), awardedTo.toString()));
        }
        if (studentNo != null) {
            // equality with an array field matches any of its elements
            filters.add(eq(EntityStore.field("studentNos"), studentNo));
        }
        return awards.list(school, filters.isEmpty() ? null : and(filters), page, size).map(AwardResponse::of);
    }

    @GetMapping("/awards/{id}")
    @Operation(summary = "Read one award; its version comes as the ETag")
    ResponseEntity<AwardResponse> get(@PathVariable String school, @PathVariable String id) {
        return EntityResponses.found(awards.get(school, id), AwardResponse::of);
    }

    @PostMapping("/awards")
    @Operation(summary = "Record an award",
            description = "201 with the award's Location. Every winner must be a student of this school, named once. "
                    + "With an Idempotency-Key, repeating the request answers 200 with the award recorded the first "
                    + "time and publishes nothing; the same key with a different award is 409.")
    ResponseEntity<AwardResponse> create(@PathVariable String school, @Valid @RequestBody AwardRequest body,
            @Parameter(in = ParameterIn.HEADER, description = CreatedResources.IDEMPOTENCY_KEY_DESCRIPTION)
            @RequestHeader(name = CreatedResources.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            HttpServletRequest request) {
        Award award = AwardDrafts.from(body, studentNo -> students.contains(school, studentNo));
        return CreatedResources.created(awards.create(school, award, CreatedResources.idempotencyKey(idempotencyKey),
                Actors.of(request)), AwardResponse::of);
    }

    @PutMapping("/awards/{id}")
    @Operation(summary = "Replace an award",
            description = "200 with the award as now stored; 404 for an id the service did not give (PUT never "
                    + "creates an award). With If-Match, only if the version still matches (412 otherwise).")
    ResponseEntity<AwardResponse> replace(@PathVariable String school, @PathVariable String id,
            @Valid @RequestBody AwardRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Precondition precondition = CreatedResources.replacing(awards, school, id, ifMatch);
        Award award = AwardDrafts.from(body, studentNo -> students.contains(school, studentNo));
        return EntityResponses.written(awards.put(school, id, award, precondition, Actors.of(request)),
                AwardResponse::of);
    }

    @DeleteMapping("/awards/{id}")
    @Operation(summary = "Delete an award recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        awards.delete(school, id, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/awards/{id}/history")
    @Operation(summary = "Every version of an award, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String id) {
        return awards.history(school, id);
    }

    @PostMapping("/awards:import")
    @Operation(summary = "Import awards in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 比赛名称, 项目, 级别, 奖项, 获奖日期, 学号 (several separated by ',', ';' or '、'). "
            + "Each award is stored under an id derived from its competition, event, tier, medal, date and winners, "
            + "so the same award in a later file is the same record.")
    ImportReport importAwards(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(awardImport, school, mode, dryRun, request);
    }
}
