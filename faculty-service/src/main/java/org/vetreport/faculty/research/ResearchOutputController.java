package org.vetreport.faculty.research;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

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
import org.vetreport.faculty.shared.DateFilters;
import org.vetreport.faculty.shared.Level;
import org.vetreport.faculty.staff.Staff;
import org.vetreport.platform.kit.importing.ImportReport;
import org.vetreport.platform.kit.importing.Imports;
import org.vetreport.platform.kit.store.EntityStore;
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
@Tag(name = "research-outputs", description = "科研成果: papers, projects granted, research and teaching-contest awards, "
        + "patents, textbooks and standards of staff, by level. Outputs have no natural key: they are created with "
        + "POST (honouring Idempotency-Key) and then addressed by the id the service gave them.")
class ResearchOutputController {

    private final EntityStore<ResearchOutput> outputs;
    private final EntityStore<Staff> staff;
    private final ResearchOutputImport outputImport;
    private final Imports imports;

    ResearchOutputController(EntityStore<ResearchOutput> outputs, EntityStore<Staff> staff,
                             ResearchOutputImport outputImport, Imports imports) {
        this.outputs = outputs;
        this.staff = staff;
        this.outputImport = outputImport;
        this.imports = imports;
    }

    @GetMapping("/research-outputs")
    @Operation(summary = "List research outputs in the order of their ids")
    Page<ResearchOutputResponse> list(@PathVariable String school,
            @RequestParam(required = false) OutputType type,
            @RequestParam(required = false) Level level,
            @Parameter(description = "only outputs this staff member is among the authors of") @RequestParam(required = false) String staffNo,
            @Parameter(description = "only outputs dated in this calendar year") @RequestParam(required = false) Integer year,
            @Parameter(description = "dated on or after this day") @RequestParam(required = false) LocalDate dateFrom,
            @Parameter(description = "dated on or before this day") @RequestParam(required = false) LocalDate dateTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (type != null) {
            filters.add(eq(EntityStore.field("type"), type.name()));
        }
        if (level != null) {
            filters.add(eq(EntityStore.field("level"), level.name()));
        }
        if (staffNo != null) {
            // equality with an array field matches any of its elements
            filters.add(eq(EntityStore.field("staffNos"), staffNo));
        }
        filters.addAll(DateFilters.within("date", year, dateFrom, dateTo));
        return outputs.list(school, filters.isEmpty() ? null : and(filters), page, size).map(ResearchOutputResponse::of);
    }

    @GetMapping("/research-outputs/{id}")
    @Operation(summary = "Read one research output; its version comes as the ETag")
    ResponseEntity<ResearchOutputResponse> get(@PathVariable String school, @PathVariable String id) {
        return EntityResponses.found(outputs.get(school, id), ResearchOutputResponse::of);
    }

    @PostMapping("/research-outputs")
    @Operation(summary = "Record a research output",
            description = "201 with the output's Location. Every author must be a staff member of this school, named "
                    + "once. With an Idempotency-Key, repeating the request answers 200 with the output recorded the "
                    + "first time and publishes nothing; the same key with a different output is 409.")
    ResponseEntity<ResearchOutputResponse> create(@PathVariable String school,
            @Valid @RequestBody ResearchOutputRequest body,
            @Parameter(in = ParameterIn.HEADER, description = CreatedResources.IDEMPOTENCY_KEY_DESCRIPTION)
            @RequestHeader(name = CreatedResources.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            HttpServletRequest request) {
        ResearchOutput output = ResearchOutputDrafts.from(body, staffNo -> staff.contains(school, staffNo));
        return CreatedResources.created(outputs.create(school, output, CreatedResources.idempotencyKey(idempotencyKey),
                Actors.of(request)), ResearchOutputResponse::of);
    }

    @PutMapping("/research-outputs/{id}")
    @Operation(summary = "Replace a research output",
            description = "200 with the output as now stored; 404 for an id the service did not give (PUT never "
                    + "creates an output). With If-Match, only if the version still matches (412 otherwise).")
    ResponseEntity<ResearchOutputResponse> replace(@PathVariable String school, @PathVariable String id,
            @Valid @RequestBody ResearchOutputRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Precondition precondition = CreatedResources.replacing(outputs, school, id, ifMatch);
        ResearchOutput output = ResearchOutputDrafts.from(body, staffNo -> staff.contains(school, staffNo));
        return EntityResponses.written(outputs.put(school, id, output, precondition, Actors.of(request)),
                ResearchOutputResponse::of);
    }

    @DeleteMapping("/research-outputs/{id}")
    @Operation(summary = "Delete a research output recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        outputs.delete(school, id, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/research-outputs/{id}/history")
    @Operation(summary = "Every version of a research output, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String id) {
        return outputs.history(school, id);
    }

    @PostMapping("/research-outputs:import")
    @Operation(summary = "Import research outputs in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 成果类型 (论文, 课题, 科研成果奖, 教学业务比赛获奖, 专利, 教材, 标准), 题目, 级别, 日期, 工号 "
            + "(several separated by ',', ';' or '、'). Each output is stored under an id derived from its type, title, "
            + "level, date and staff, so the same output in a later file is the same record.")
    ImportReport importOutputs(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(outputImport, school, mode, dryRun, request);
    }
}
