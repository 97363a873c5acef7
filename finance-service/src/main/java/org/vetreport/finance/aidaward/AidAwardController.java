package org.vetreport.finance.aidaward;

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
import org.vetreport.finance.aidprogramme.AidProgramme;
import org.vetreport.platform.kit.importing.ImportReport;
import org.vetreport.platform.kit.importing.Imports;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.store.Versioned;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "aid-awards", description = "资助发放: what each student was paid by each aid programme in each term, "
        + "keyed programmeCode:studentNo:year:term, so a student is never paid twice by a programme in a term. "
        + "Amounts are exact yuan within the programme's cap.")
class AidAwardController {

    private final EntityStore<AidAward> awards;
    private final EntityStore<AidProgramme> programmes;
    private final AidAwardImport awardImport;
    private final Imports imports;

    AidAwardController(EntityStore<AidAward> awards, EntityStore<AidProgramme> programmes, AidAwardImport awardImport,
                       Imports imports) {
        this.awards = awards;
        this.programmes = programmes;
        this.awardImport = awardImport;
        this.imports = imports;
    }

    @GetMapping("/aid-awards")
    @Operation(summary = "List aid awards in the order of their keys")
    Page<AidAwardResponse> list(@PathVariable String school,
            @Parameter(description = "only awards of this programme") @RequestParam(required = false) String programmeCode,
            @Parameter(description = "only awards to this student") @RequestParam(required = false) String studentNo,
            @Parameter(description = "only awards of this school year (named by the year it starts in)")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "only awards of this term, 1 or 2") @RequestParam(required = false) Integer term,
            @Parameter(description = "paid on or after this date") @RequestParam(required = false) LocalDate paidFrom,
            @Parameter(description = "paid on or before this date") @RequestParam(required = false) LocalDate paidTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (programmeCode != null) {
            filters.add(eq(EntityStore.field("programmeCode"), programmeCode));
        }
        if (studentNo != null) {
            filters.add(eq(EntityStore.field("studentNo"), studentNo));
        }
        if (year != null) {
            filters.add(eq(EntityStore.field("year"), year));
        }
        if (term != null) {
            filters.add(eq(EntityStore.field("term"), term));
        }
        if (paidFrom != null) {
            filters.add(gte(EntityStore.field("paidOn"), paidFrom.toString()));
        }
        if (paidTo != null) {
            filters.add(lte(EntityStore.field("paidOn"), paidTo.toString()));
        }
        return awards.list(school, filters.isEmpty() ? null : and(filters), page, size).map(AidAwardResponse::of);
    }

    @GetMapping("/aid-awards/{key}")
    @Operation(summary = "Read one award by programmeCode:studentNo:year:term; its version comes as the ETag")
    ResponseEntity<AidAwardResponse> get(@PathVariable String school, @PathVariable String key) {
        return EntityResponses.found(awards.get(school, key), AidAwardResponse::of);
    }

    @PutMapping("/aid-awards/{key}")
    @Operation(summary = "Record or replace an award (idempotent)",
            description = "The key is programmeCode:studentNo:year:term, e.g. TUITION-2020:2020010001:2020:1; one "
                    + "award per programme, student and term, so paying a student twice in a term replaces the "
                    + "award rather than adding one. 201 when recorded, 200 when replaced or unchanged. The programme "
                    + "must exist and the amount stay within its cap; amounts have at most 2 decimals (never "
                    + "rounded). With If-Match, only if the version still matches (412 otherwise).")
    ResponseEntity<AidAwardResponse> put(@PathVariable String school, @PathVariable String key,
            @Valid @RequestBody AidAwardRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        AidAward award = AidAwardDrafts.from(body, AidAward.parseKey(key),
                code -> programmes.find(school, code).map(Versioned::value).orElse(null));
        return EntityResponses.written(awards.put(school, award.key(), award, EntityTags.ifMatch(ifMatch),
                Actors.of(request)), AidAwardResponse::of);
    }

    @DeleteMapping("/aid-awards/{key}")
    @Operation(summary = "Delete an award recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        awards.delete(school, key, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/aid-awards/{key}/history")
    @Operation(summary = "Every version of an award, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String key) {
        return awards.history(school, key);
    }

    @PostMapping("/aid-awards:import")
    @Operation(summary = "Import aid awards in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 项目代码, 学号, 学年, 学期 (1 or 2), 金额, 发放日期. A CSV or Excel amount may be written "
            + "1,234.50, ¥1,234.50 or 1234.50元; other forms are refused, never guessed. Each row's key is its "
            + "programmeCode:studentNo:year:term, so a file paying a student twice in a term lists the second row as bad.")
    ImportReport importAwards(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(awardImport, school, mode, dryRun, request);
    }
}
