package org.vetreport.student.major;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.ImportReport;
import org.vetreport.platform.kit.importing.Imports;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "majors", description = "专业: the majors a school offers, with the dates they open and close")
class MajorController {

    private final EntityStore<Major> majors;
    private final MajorImport majorImport;
    private final Imports imports;

    MajorController(EntityStore<Major> majors, MajorImport majorImport, Imports imports) {
        this.majors = majors;
        this.majorImport = majorImport;
        this.imports = imports;
    }

    @GetMapping("/majors")
    @Operation(summary = "List majors in code order")
    Page<MajorResponse> list(@PathVariable String school,
            @Parameter(description = "only majors of this group (专业群)") @RequestParam(required = false) String group,
            @Parameter(description = "only majors open on this date (YYYY-MM-DD)") @RequestParam(required = false) LocalDate openAt,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (group != null) {
            filters.add(eq(EntityStore.field("group"), group));
        }
        if (openAt != null) {
            String day = openAt.toString();
            filters.add(lte(EntityStore.field("openedOn"), day));
            filters.add(or(eq(EntityStore.field("closedOn"), null), gt(EntityStore.field("closedOn"), day)));
        }
        return majors.list(school, filters.isEmpty() ? null : and(filters), page, size).map(MajorResponse::of);
    }

    @GetMapping("/majors/{code}")
    @Operation(summary = "Read one major; its version comes as the ETag")
    ResponseEntity<MajorResponse> get(@PathVariable String school, @PathVariable String code) {
        return EntityResponses.found(majors.get(school, code), MajorResponse::of);
    }

    @PutMapping("/majors/{code}")
    @Operation(summary = "Create or replace a major (idempotent)",
            description = "201 when created, 200 when replaced or unchanged. Sending the current content again "
                    + "creates no new version and no event. With If-Match, the write happens only if the "
                    + "version still matches (412 otherwise).")
    ResponseEntity<MajorResponse> put(@PathVariable String school, @PathVariable String code,
            @Valid @RequestBody MajorRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            HttpServletRequest request) {
        if (body.code() != null && !body.code().equals(code)) {
            throw InvalidInputException.of("code", "'" + body.code() + "' differs from the code in the path '" + code + "'");
        }
        Major major = new Major(code, body.name(), body.group(), body.openedOn(), body.closedOn());
        return EntityResponses.written(
                majors.put(school, code, major, EntityTags.ifMatch(ifMatch), Actors.of(request)), MajorResponse::of);
    }

    @DeleteMapping("/majors/{code}")
    @Operation(summary = "Delete a major; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        majors.delete(school, code, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/majors/{code}/history")
    @Operation(summary = "Every version of a major, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String code) {
        return majors.history(school, code);
    }

    @PostMapping("/majors:import")
    @Operation(summary = "Import majors in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 专业代码, 专业名称, 专业群, 开设日期, 停办日期.")
    ImportReport importMajors(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(majorImport, school, mode, dryRun, request);
    }
}
