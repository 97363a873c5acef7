package org.vetreport.training.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
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
import org.vetreport.platform.kit.store.ListFilter;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;
import org.vetreport.training.shared.Periods;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "partners", description = "校企合作单位: enterprises and institutions the school cooperates with, by kind "
        + "(apprenticeships, internship bases, co-built labs, industry colleges, vocational education group members, "
        + "training clients), from since to until, with the workstations they provide. Apprenticeships and "
        + "internships refer to them by code.")
class PartnerController {

    private final EntityStore<Partner> partners;
    private final PartnerImport partnerImport;
    private final Imports imports;

    PartnerController(EntityStore<Partner> partners, PartnerImport partnerImport, Imports imports) {
        this.partners = partners;
        this.partnerImport = partnerImport;
        this.imports = imports;
    }

    @GetMapping("/partners")
    @Operation(summary = "List partners in the order of their codes")
    Page<PartnerResponse> list(@PathVariable String school,
            @Parameter(description = "only partners cooperating in this way") @RequestParam(required = false) PartnerKind kind,
            @Parameter(description = "only partners of this industry (exact)") @RequestParam(required = false) String industry,
            @Parameter(description = "only partners in this city (exact)") @RequestParam(required = false) String city,
            @Parameter(description = "only partners cooperating on this day: since on or before it, until absent or on "
                    + "or after it") @RequestParam(required = false) LocalDate activeOn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        // equality with an array field matches any of its elements
        ListFilter filter = new ListFilter().equal("kinds", kind).equal("industry", industry).equal("city", city);
        return partners.list(school, Periods.both(filter.toBson(), Periods.currentOn(activeOn, "since", "until", true)),
                page, size).map(PartnerResponse::of);
    }

    @GetMapping("/partners/{code}")
    @Operation(summary = "Read one partner; its version comes as the ETag")
    ResponseEntity<PartnerResponse> get(@PathVariable String school, @PathVariable String code) {
        return EntityResponses.found(partners.get(school, code), PartnerResponse::of);
    }

    @PutMapping("/partners/{code}")
    @Operation(summary = "Record a partner or replace its details (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. At least one kind of cooperation, each "
                    + "once; until not before since; workstationsProvided not negative. With If-Match, only if the "
                    + "version still matches (412 otherwise).")
    ResponseEntity<PartnerResponse> put(@PathVariable String school, @PathVariable String code,
            @RequestBody PartnerRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.code() != null && !body.code().equals(code)) {
            throw InvalidInputException.of("code", "'" + body.code() + "' differs from the code in the path");
        }
        return EntityResponses.written(partners.put(school, code, body.toPartner(code), EntityTags.ifMatch(ifMatch),
                Actors.of(request)), PartnerResponse::of);
    }

    @DeleteMapping("/partners/{code}")
    @Operation(summary = "Delete a partner recorded by mistake; consumers receive a tombstone",
            description = "A cooperation that ended is not deleted: set until, so earlier years still count it. "
                    + "Apprenticeships and internships naming a deleted partner keep its code.")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        partners.delete(school, code, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/partners/{code}/history")
    @Operation(summary = "Every version of a partner, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String code) {
        return partners.history(school, code);
    }

    @PostMapping("/partners:import")
    @Operation(summary = "Import partners in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: " + PartnerImport.COLUMNS + ".")
    ImportReport importPartners(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(partnerImport, school, mode, dryRun, request);
    }
}
