package org.vetreport.faculty.staff;

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
import org.vetreport.platform.kit.store.Precondition;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.store.Versioned;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "staff", description = "教职工: staff with their employment, post and courses, and the dated history of "
        + "their qualifications (学历, 学位, 职称, 双师型), so that any day's figures come from the same records. Events "
        + "carry no names and only the year of birth.")
class StaffController {

    private final EntityStore<Staff> staff;
    private final StaffImport staffImport;
    private final Imports imports;

    StaffController(EntityStore<Staff> staff, StaffImport staffImport, Imports imports) {
        this.staff = staff;
        this.staffImport = staffImport;
        this.imports = imports;
    }

    @GetMapping("/staff")
    @Operation(summary = "List staff in the order of their numbers")
    Page<StaffResponse> list(@PathVariable String school,
            @RequestParam(required = false) Employment employment,
            @RequestParam(required = false) StaffRole role,
            @RequestParam(required = false) CourseCategory courseCategory,
            @Parameter(description = "only staff whose title after the last recorded change is this")
            @RequestParam(required = false) Title title,
            @Parameter(description = "only staff who are (true) or are not (false) 双师型 after the last recorded change")
            @RequestParam(required = false) Boolean dualQualified,
            @Parameter(description = "only staff employed on this day: hired on or before it, not left by it")
            @RequestParam(required = false) LocalDate employedOn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (employment != null) {
            filters.add(eq(EntityStore.field("employment"), employment.name()));
        }
        if (role != null) {
            filters.add(eq(EntityStore.field("role"), role.name()));
        }
        if (courseCategory != null) {
            filters.add(eq(EntityStore.field("courseCategory"), courseCategory.name()));
        }
        if (title != null) {
            filters.add(eq(EntityStore.field("qualifications.title"), title.name()));
        }
        if (dualQualified != null) {
            filters.add(eq(EntityStore.field("qualifications.dualQualified"), dualQualified));
        }
        if (employedOn != null) {
            filters.add(lte(EntityStore.field("hiredOn"), employedOn.toString()));
            filters.add(or(eq(EntityStore.field("leftOn"), null), gt(EntityStore.field("leftOn"), employedOn.toString())));
        }
        return staff.list(school, filters.isEmpty() ? null : and(filters), page, size).map(StaffResponse::of);
    }

    @GetMapping("/staff/{staffNo}")
    @Operation(summary = "Read one staff member; their version comes as the ETag")
    ResponseEntity<StaffResponse> get(@PathVariable String school, @PathVariable String staffNo) {
        return EntityResponses.found(staff.get(school, staffNo), StaffResponse::of);
    }

    @PutMapping("/staff/{staffNo}")
    @Operation(summary = "Hire a staff member or replace their details (idempotent)",
            description = "201 when hired, 200 when replaced or unchanged. The qualifications when hired may be given "
                    + "(effective from hiredOn); they complete the recorded initial ones and may not contradict them. "
                    + "The qualification history is kept unless a longer one continuing it is sent; changes go through "
                    + "POST .../qualification-changes. leftOn must be after hiredOn, every qualification change inside "
                    + "the employment, dualQualified only for teachers of professional courses. With If-Match, only if "
                    + "the version still matches (412 otherwise).")
    ResponseEntity<StaffResponse> put(@PathVariable String school, @PathVariable String staffNo,
            @Valid @RequestBody StaffRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.staffNo() != null && !body.staffNo().equals(staffNo)) {
            throw InvalidInputException.of("staffNo", "'" + body.staffNo() + "' differs from the number in the path");
        }
        Staff stored = staff.find(school, staffNo).map(Versioned::value).orElse(null);
        Staff member = StaffDrafts.from(body, staffNo, stored);
        return EntityResponses.written(staff.put(school, staffNo, member, EntityTags.ifMatch(ifMatch),
                Actors.of(request)), StaffResponse::of);
    }

    @PostMapping("/staff/{staffNo}/qualification-changes")
    @Operation(summary = "Record a change of a staff member's qualifications from a date on",
            description = "Give effectiveOn and any of education, degree, title and dualQualified; the others stay as "
                    + "they were. The date must be inside the employment and not before the previous change. A change "
                    + "that alters nothing is not recorded (200, same version), so repeating a request is harmless. "
                    + "With If-Match, only if the version still matches.")
    ResponseEntity<StaffResponse> changeQualifications(@PathVariable String school, @PathVariable String staffNo,
            @Valid @RequestBody QualificationChange change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Versioned<Staff> current = staff.get(school, staffNo);
        EntityTags.ifMatch(ifMatch).check(current.version());
        Staff changed = current.value().withQualificationChange(change);
        return EntityResponses.written(staff.put(school, staffNo, changed, Precondition.version(current.version()),
                Actors.of(request)), StaffResponse::of);
    }

    @DeleteMapping("/staff/{staffNo}")
    @Operation(summary = "Delete a staff member recorded by mistake; consumers receive a tombstone",
            description = "A staff member who left is not deleted: set leftOn instead, so earlier years keep them.")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String staffNo,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        staff.delete(school, staffNo, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/staff/{staffNo}/history")
    @Operation(summary = "Every version of a staff member as published (without the name), with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String staffNo) {
        return staff.history(school, staffNo);
    }

    @PostMapping("/staff:import")
    @Operation(summary = "Import staff in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 工号, 姓名, 性别 (男/女), 出生日期, 编制 (在编, 合同制, 兼职, 外聘), 岗位 (专任教师, 行政, 教辅, "
            + "实习指导教师), 任教, 课程类别 (文化课, 专业课, 两者, 无), 入职日期, 离职日期, and the qualifications when hired "
            + "(effective from 入职日期): 学历, 学位, 职称, 双师型 (是/否). JSON and NDJSON rows may give the whole "
            + "qualificationHistory instead.")
    ImportReport importStaff(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(staffImport, school, mode, dryRun, request);
    }
}
