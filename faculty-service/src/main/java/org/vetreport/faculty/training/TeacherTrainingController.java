package org.vetreport.faculty.training;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

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
import org.vetreport.faculty.shared.Level;
import org.vetreport.faculty.shared.DateFilters;
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
@Tag(name = "teacher-trainings", description = "教师培训: training programmes staff took part in, by level (国家级 to "
        + "校本 and 企业实践), with hours and whether online. Keyed staffNo:programme:startOn.")
class TeacherTrainingController {

    private final EntityStore<TeacherTraining> trainings;
    private final EntityStore<Staff> staff;
    private final TeacherTrainingImport trainingImport;
    private final Imports imports;

    TeacherTrainingController(EntityStore<TeacherTraining> trainings, EntityStore<Staff> staff,
                              TeacherTrainingImport trainingImport, Imports imports) {
        this.trainings = trainings;
        this.staff = staff;
        this.trainingImport = trainingImport;
        this.imports = imports;
    }

    @GetMapping("/teacher-trainings")
    @Operation(summary = "List teacher trainings in the order of their keys")
    Page<TeacherTrainingResponse> list(@PathVariable String school,
            @Parameter(description = "only trainings of this staff member") @RequestParam(required = false) String staffNo,
            @RequestParam(required = false) Level level,
            @Parameter(description = "only online (true) or on-site (false) trainings") @RequestParam(required = false) Boolean online,
            @Parameter(description = "only trainings starting in this calendar year") @RequestParam(required = false) Integer year,
            @Parameter(description = "starting on or after this day") @RequestParam(required = false) LocalDate startFrom,
            @Parameter(description = "starting on or before this day") @RequestParam(required = false) LocalDate startTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (staffNo != null) {
            filters.add(eq(EntityStore.field("staffNo"), staffNo));
        }
        if (level != null) {
            filters.add(eq(EntityStore.field("level"), level.name()));
        }
        if (online != null) {
            filters.add(eq(EntityStore.field("online"), online));
        }
        filters.addAll(DateFilters.within("startOn", year, startFrom, startTo));
        return trainings.list(school, filters.isEmpty() ? null : and(filters), page, size).map(TeacherTrainingResponse::of);
    }

    @GetMapping("/teacher-trainings/{key}")
    @Operation(summary = "Read one teacher training; its version comes as the ETag")
    ResponseEntity<TeacherTrainingResponse> get(@PathVariable String school,
            @Parameter(description = "staffNo:programme:startOn", example = "T2010001:信息化教学能力提升:2020-07-06")
            @PathVariable String key) {
        return EntityResponses.found(trainings.get(school, key), TeacherTrainingResponse::of);
    }

    @PutMapping("/teacher-trainings/{key}")
    @Operation(summary = "Record or replace a teacher training (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. The key is staffNo:programme:startOn; the "
                    + "body may repeat its parts but not contradict them. The staff member must exist, endOn must not "
                    + "be before startOn, hours must not be negative. With If-Match, only if the version still matches "
                    + "(412 otherwise).")
    ResponseEntity<TeacherTrainingResponse> put(@PathVariable String school, @PathVariable String key,
            @Valid @RequestBody TeacherTrainingRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        TeacherTraining training = TeacherTrainingDrafts.forKey(key, body, staffNo -> staff.contains(school, staffNo));
        return EntityResponses.written(trainings.put(school, key, training, EntityTags.ifMatch(ifMatch),
                Actors.of(request)), TeacherTrainingResponse::of);
    }

    @DeleteMapping("/teacher-trainings/{key}")
    @Operation(summary = "Delete a teacher training recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        trainings.delete(school, key, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/teacher-trainings/{key}/history")
    @Operation(summary = "Every version of a teacher training, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String key) {
        return trainings.history(school, key);
    }

    @PostMapping("/teacher-trainings:import")
    @Operation(summary = "Import teacher trainings in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 工号, 培训项目, 级别 (国家级, 省级, 市级, 区县级, 校级, 企业实践), 开始日期, 结束日期, 学时, "
            + "线上 (是/否). Every 工号 must be a staff member of this school.")
    ImportReport importTrainings(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(trainingImport, school, mode, dryRun, request);
    }
}
