package org.vetreport.student.student;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

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
import org.vetreport.student.major.Major;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "students", description = "学生: students with their status history (学籍). ID numbers are validated "
        + "(GB 11643), always answered masked, never published; events carry neither names nor ID numbers.")
class StudentController {

    private final EntityStore<Student> students;
    private final EntityStore<Major> majors;
    private final StudentImport studentImport;
    private final Imports imports;

    StudentController(EntityStore<Student> students, EntityStore<Major> majors, StudentImport studentImport, Imports imports) {
        this.students = students;
        this.majors = majors;
        this.studentImport = studentImport;
        this.imports = imports;
    }

    @GetMapping("/students")
    @Operation(summary = "List students in the order of their numbers")
    Page<StudentResponse> list(@PathVariable String school,
            @Parameter(description = "only students of this major") @RequestParam(required = false) String majorCode,
            @Parameter(description = "only students of this class") @RequestParam(required = false) String className,
            @RequestParam(required = false) Programme programme,
            @Parameter(description = "only students whose current status is this") @RequestParam(required = false) StudentStatus status,
            @Parameter(description = "enrolled on or after this date") @RequestParam(required = false) LocalDate enrolledFrom,
            @Parameter(description = "enrolled on or before this date") @RequestParam(required = false) LocalDate enrolledTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (majorCode != null) {
            filters.add(eq(EntityStore.field("majorCode"), majorCode));
        }
        if (className != null) {
            filters.add(eq(EntityStore.field("className"), className));
        }
        if (programme != null) {
            filters.add(eq(EntityStore.field("programme"), programme.name()));
        }
        if (status != null) {
            filters.add(eq(EntityStore.field("status"), status.name()));
        }
        if (enrolledFrom != null) {
            filters.add(gte(EntityStore.field("enrolledOn"), enrolledFrom.toString()));
        }
        if (enrolledTo != null) {
            filters.add(lte(EntityStore.field("enrolledOn"), enrolledTo.toString()));
        }
        return students.list(school, filters.isEmpty() ? null : and(filters), page, size).map(StudentResponse::of);
    }

    @GetMapping("/students/{studentNo}")
    @Operation(summary = "Read one student; its version comes as the ETag")
    ResponseEntity<StudentResponse> get(@PathVariable String school, @PathVariable String studentNo) {
        return EntityResponses.found(students.get(school, studentNo), StudentResponse::of);
    }

    @PutMapping("/students/{studentNo}")
    @Operation(summary = "Enrol a student or replace their details (idempotent)",
            description = "201 when enrolled, 200 when replaced or unchanged. The status history is kept unless a "
                    + "longer one continuing it is sent; changes of status go through POST .../status-changes. "
                    + "The major must be a major of this school; the ID number must pass the GB 11643 check.")
    ResponseEntity<StudentResponse> put(@PathVariable String school, @PathVariable String studentNo,
            @Valid @RequestBody StudentRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.studentNo() != null && !body.studentNo().equals(studentNo)) {
            throw InvalidInputException.of("studentNo", "'" + body.studentNo() + "' differs from the number in the path");
        }
        Student stored = students.find(school, studentNo).map(Versioned::value).orElse(null);
        Student student = StudentDrafts.from(body, studentNo, stored, code -> majors.contains(school, code));
        return EntityResponses.written(
                students.put(school, studentNo, student, EntityTags.ifMatch(ifMatch), Actors.of(request)),
                StudentResponse::of);
    }

    @PostMapping("/students/{studentNo}/status-changes")
    @Operation(summary = "Change a student's status",
            description = "Allowed: ENROLLED ↔ SUSPENDED; ENROLLED or SUSPENDED → WITHDRAWN or TRANSFERRED_OUT; "
                    + "ENROLLED → GRADUATED. WITHDRAWN, TRANSFERRED_OUT and GRADUATED are final. A change may not "
                    + "be dated before the previous one. With If-Match, only if the version still matches.")
    ResponseEntity<StudentResponse> changeStatus(@PathVariable String school, @PathVariable String studentNo,
            @Valid @RequestBody StatusChange change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Versioned<Student> current = students.get(school, studentNo);
        Precondition precondition = EntityTags.ifMatch(ifMatch);
        precondition.check(current.version());
        Student changed = current.value().withStatusChange(change);
        return EntityResponses.written(students.put(school, studentNo, changed, Precondition.version(current.version()),
                Actors.of(request)), StudentResponse::of);
    }

    @DeleteMapping("/students/{studentNo}")
    @Operation(summary = "Delete a student recorded by mistake; consumers receive a tombstone",
            description = "A student who left is not deleted: record WITHDRAWN, TRANSFERRED_OUT or GRADUATED instead.")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String studentNo,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        students.delete(school, studentNo, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/students/{studentNo}/history")
    @Operation(summary = "Every version of a student as published (without name and ID number), with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String studentNo) {
        return students.history(school, studentNo);
    }

    @PostMapping("/students:import")
    @Operation(summary = "Import students in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 学号, 姓名, 性别 (男/女), 身份证号, 出生日期, 专业代码, 班级, 学制, 全日制 (是/否), 入学日期, "
            + "预计毕业日期. A status history can be given in JSON and NDJSON rows.")
    ImportReport importStudents(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(studentImport, school, mode, dryRun, request);
    }
}
