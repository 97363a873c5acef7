package org.vetreport.finance.aidprogramme;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
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
import org.vetreport.finance.aidaward.AidAward;
import org.vetreport.platform.kit.error.ConflictException;
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
@Tag(name = "aid-programmes", description = "资助项目: the school's student aid programmes (免学费, 国家助学金, 教育券, "
        + "scholarships, foundation grants, ...) with who funds them and the most one award may pay.")
class AidProgrammeController {

    private final EntityStore<AidProgramme> programmes;
    private final EntityStore<AidAward> awards;
    private final AidProgrammeImport programmeImport;
    private final Imports imports;

    AidProgrammeController(EntityStore<AidProgramme> programmes, EntityStore<AidAward> awards,
                           AidProgrammeImport programmeImport, Imports imports) {
        this.programmes = programmes;
        this.awards = awards;
        this.programmeImport = programmeImport;
        this.imports = imports;
    }

    @GetMapping("/aid-programmes")
    @Operation(summary = "List aid programmes in the order of their codes")
    Page<AidProgrammeResponse> list(@PathVariable String school,
            @RequestParam(required = false) AidKind kind,
            @Parameter(description = "only programmes of this funder (exact name)") @RequestParam(required = false) String funder,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (kind != null) {
            filters.add(eq(EntityStore.field("kind"), kind.name()));
        }
        if (funder != null) {
            filters.add(eq(EntityStore.field("funder"), funder));
        }
        return programmes.list(school, filters.isEmpty() ? null : and(filters), page, size).map(AidProgrammeResponse::of);
    }

    @GetMapping("/aid-programmes/{code}")
    @Operation(summary = "Read one aid programme; its version comes as the ETag")
    ResponseEntity<AidProgrammeResponse> get(@PathVariable String school, @PathVariable String code) {
        return EntityResponses.found(programmes.get(school, code), AidProgrammeResponse::of);
    }

    @PutMapping("/aid-programmes/{code}")
    @Operation(summary = "Set up or replace an aid programme (idempotent)",
            description = "201 when set up, 200 when replaced or unchanged. The cap has at most 2 decimals (never "
                    + "rounded) and is not set below an award the programme already paid. With If-Match, only if the "
                    + "version still matches (412 otherwise).")
    ResponseEntity<AidProgrammeResponse> put(@PathVariable String school, @PathVariable String code,
            @Valid @RequestBody AidProgrammeRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.code() != null && !body.code().equals(code)) {
            throw InvalidInputException.of("code", "'" + body.code() + "' differs from the code in the path");
        }
        AidProgramme programme = AidProgrammeDrafts.from(body, code, programmeCode -> largestAward(school, programmeCode));
        return EntityResponses.written(programmes.put(school, code, programme, EntityTags.ifMatch(ifMatch),
                Actors.of(request)), AidProgrammeResponse::of);
    }

    @DeleteMapping("/aid-programmes/{code}")
    @Operation(summary = "Delete a programme set up by mistake; consumers receive a tombstone",
            description = "409 while awards of the programme exist: delete those first.")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        int paid = awardsOf(school, code).size();
        if (paid > 0) {
            throw new ConflictException("aid programme '" + code + "' has " + paid + " awards; it is deleted only "
                    + "once they are");
        }
        programmes.delete(school, code, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/aid-programmes/{code}/history")
    @Operation(summary = "Every version of an aid programme, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String code) {
        return programmes.history(school, code);
    }

    @PostMapping("/aid-programmes:import")
    @Operation(summary = "Import aid programmes in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 项目代码, 项目名称, 类别 (免学费, 国家助学金, 教育券, 国家奖学金, 校内助学金, 基金会资助金, "
            + "应征入伍学费补偿, 求职创业补贴, 其他), 资助方, 限额. A CSV or Excel cap may be written 1,234.50, ¥1,234.50 or "
            + "1234.50元; other forms are refused, never guessed.")
    ImportReport importProgrammes(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(programmeImport, school, mode, dryRun, request);
    }

    private List<AidAward> awardsOf(String school, String code) {
        return awards.all(school, eq(EntityStore.field("programmeCode"), code));
    }

    private BigDecimal largestAward(String school, String code) {
        return awardsOf(school, code).stream().map(AidAward::amount).max(BigDecimal::compareTo).orElse(null);
    }
}
