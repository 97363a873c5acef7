package org.vetreport.faculty.elective;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import org.vetreport.faculty.staff.Staff;
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
@Tag(name = "electives", description = "选修课: elective courses offered each term, with their teachers, the students "
        + "who chose them and whether online. Keyed code:year:term, the year being the one the school year starts in.")
class ElectiveController {

    private final EntityStore<Elective> electives;
    private final EntityStore<Staff> staff;
    private final ElectiveImport electiveImport;
    private final Imports imports;

    ElectiveController(EntityStore<Elective> electives, EntityStore<Staff> staff, ElectiveImport electiveImport,
                       Imports imports) {
        this.electives = electives;
        this.staff = staff;
        this.electiveImport = electiveImport;
        this.imports = imports;
    }

    @GetMapping("/electives")
    @Operation(summary = "List electives in the order of their keys")
    Page<ElectiveResponse> list(@PathVariable String school,
            @Parameter(description = "only terms of this course") @RequestParam(required = false) String code,
            @Parameter(description = "only this school year (the year it starts in)") @RequestParam(required = false) Integer year,
            @Parameter(description = "only this term: 1 or 2") @RequestParam(required = false) Integer term,
            @Parameter(description = "only electives this staff member teaches") @RequestParam(required = false) String teacherStaffNo,
            @Parameter(description = "only online (true) or on-site (false) electives") @RequestParam(required = false) Boolean online,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (code != null) {
            filters.add(eq(EntityStore.field("code"), code));
        }
        if (year != null) {
            filters.add(eq(EntityStore.field("year"), year));
        }
        if (term != null) {
            filters.add(eq(EntityStore.field("term"), term));
        }
        if (teacherStaffNo != null) {
            // equality with an array field matches any of its elements
            filters.add(eq(EntityStore.field("teacherStaffNos"), teacherStaffNo));
        }
        if (online != null) {
            filters.add(eq(EntityStore.field("online"), online));
        }
        return electives.list(school, filters.isEmpty() ? null : and(filters), page, size).map(ElectiveResponse::of);
    }

    @GetMapping("/electives/{key}")
    @Operation(summary = "Read one elective; its version comes as the ETag")
    ResponseEntity<ElectiveResponse> get(@PathVariable String school,
            @Parameter(description = "code:year:term", example = "XX2001:2020:1") @PathVariable String key) {
        return EntityResponses.found(electives.get(school, key), ElectiveResponse::of);
    }

    @PutMapping("/electives/{key}")
    @Operation(summary = "Record or replace an elective of one term (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. The key is code:year:term; the body may "
                    + "repeat its parts but not contradict them. Every teacher must be a staff member of this school, "
                    + "named once; enrolledStudents must not be negative. With If-Match, only if the version still "
                    + "matches (412 otherwise).")
    ResponseEntity<ElectiveResponse> put(@PathVariable String school, @PathVariable String key,
            @Valid @RequestBody ElectiveRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Elective elective = ElectiveDrafts.forKey(key, body, staffNo -> staff.contains(school, staffNo));
        return EntityResponses.written(electives.put(school, key, elective, EntityTags.ifMatch(ifMatch),
                Actors.of(request)), ElectiveResponse::of);
    }

    @DeleteMapping("/electives/{key}")
    @Operation(summary = "Delete an elective recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        electives.delete(school, key, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/electives/{key}/history")
    @Operation(summary = "Every version of an elective, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String key) {
        return electives.history(school, key);
    }

    @PostMapping("/electives:import")
    @Operation(summary = "Import electives in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 课程代码, 课程名称, 学年 (the year it starts in: 2020 for 2020–2021), 学期 (1 or 2), 任课教师 "
            + "(工号, several separated by ',', ';' or '、'), 选课人数, 线上 (是/否).")
    ImportReport importElectives(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(electiveImport, school, mode, dryRun, request);
    }
}
