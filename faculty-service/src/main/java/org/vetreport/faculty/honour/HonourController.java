package org.vetreport.faculty.honour;

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
import org.vetreport.faculty.shared.DateFilters;
import org.vetreport.faculty.shared.Level;
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
@Tag(name = "honours", description = "教师荣誉: honours staff were awarded, such as 省春蚕奖 or 市学科带头人, by level. "
        + "Keyed staffNo:title:awardedOn.")
class HonourController {

    private final EntityStore<Honour> honours;
    private final EntityStore<Staff> staff;
    private final HonourImport honourImport;
    private final Imports imports;

    HonourController(EntityStore<Honour> honours, EntityStore<Staff> staff, HonourImport honourImport, Imports imports) {
        this.honours = honours;
        this.staff = staff;
        this.honourImport = honourImport;
        this.imports = imports;
    }

    @GetMapping("/honours")
    @Operation(summary = "List honours in the order of their keys")
    Page<HonourResponse> list(@PathVariable String school,
            @Parameter(description = "only honours of this staff member") @RequestParam(required = false) String staffNo,
            @Parameter(description = "only honours of this title (exact)") @RequestParam(required = false) String title,
            @RequestParam(required = false) Level level,
            @Parameter(description = "only honours awarded in this calendar year") @RequestParam(required = false) Integer year,
            @Parameter(description = "awarded on or after this day") @RequestParam(required = false) LocalDate awardedFrom,
            @Parameter(description = "awarded on or before this day") @RequestParam(required = false) LocalDate awardedTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (staffNo != null) {
            filters.add(eq(EntityStore.field("staffNo"), staffNo));
        }
        if (title != null) {
            filters.add(eq(EntityStore.field("title"), title));
        }
        if (level != null) {
            filters.add(eq(EntityStore.field("level"), level.name()));
        }
        filters.addAll(DateFilters.within("awardedOn", year, awardedFrom, awardedTo));
        return honours.list(school, filters.isEmpty() ? null : and(filters), page, size).map(HonourResponse::of);
    }

    @GetMapping("/honours/{key}")
    @Operation(summary = "Read one honour; its version comes as the ETag")
    ResponseEntity<HonourResponse> get(@PathVariable String school,
            @Parameter(description = "staffNo:title:awardedOn", example = "T2010001:市学科带头人:2020-09-10")
            @PathVariable String key) {
        return EntityResponses.found(honours.get(school, key), HonourResponse::of);
    }

    @PutMapping("/honours/{key}")
    @Operation(summary = "Record or replace an honour (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. The key is staffNo:title:awardedOn; the "
                    + "body may repeat its parts but not contradict them. The staff member must exist. With If-Match, "
                    + "only if the version still matches (412 otherwise).")
    ResponseEntity<HonourResponse> put(@PathVariable String school, @PathVariable String key,
            @Valid @RequestBody HonourRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Honour honour = HonourDrafts.forKey(key, body, staffNo -> staff.contains(school, staffNo));
        return EntityResponses.written(honours.put(school, key, honour, EntityTags.ifMatch(ifMatch), Actors.of(request)),
                HonourResponse::of);
    }

    @DeleteMapping("/honours/{key}")
    @Operation(summary = "Delete an honour recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        honours.delete(school, key, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/honours/{key}/history")
    @Operation(summary = "Every version of an honour, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String key) {
        return honours.history(school, key);
    }

    @PostMapping("/honours:import")
    @Operation(summary = "Import honours in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 工号, 荣誉称号, 级别 (国家级, 省级, 市级, 区县级, 校级, 企业), 获得日期. Every 工号 must be a "
            + "staff member of this school.")
    ImportReport importHonours(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(honourImport, school, mode, dryRun, request);
    }
}
