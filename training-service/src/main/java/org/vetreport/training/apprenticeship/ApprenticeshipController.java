package org.vetreport.training.apprenticeship;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import org.vetreport.training.partner.PartnerReferences;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "apprenticeships", description = "现代学徒制: apprenticeship classes the school runs with a partner "
        + "enterprise, by major and year, with the apprentices' student numbers, the enterprise mentors (企业导师) and "
        + "the courses they teach. The partner must be recorded first; student numbers and major codes are kept as "
        + "given.")
class ApprenticeshipController {

    private final EntityStore<Apprenticeship> apprenticeships;
    private final PartnerReferences partners;
    private final ApprenticeshipImport apprenticeshipImport;
    private final Imports imports;

    ApprenticeshipController(EntityStore<Apprenticeship> apprenticeships, PartnerReferences partners,
                             ApprenticeshipImport apprenticeshipImport, Imports imports) {
        this.apprenticeships = apprenticeships;
        this.partners = partners;
        this.apprenticeshipImport = apprenticeshipImport;
        this.imports = imports;
    }

    @GetMapping("/apprenticeships")
    @Operation(summary = "List apprenticeships in the order of their codes")
    Page<ApprenticeshipResponse> list(@PathVariable String school,
            @Parameter(description = "only classes with this partner") @RequestParam(required = false) String partnerCode,
            @Parameter(description = "only classes of this major") @RequestParam(required = false) String majorCode,
            @Parameter(description = "only classes starting in this year") @RequestParam(required = false) Integer year,
            @Parameter(description = "only classes this student is an apprentice of") @RequestParam(required = false) String studentNo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        // equality with an array field matches any of its elements
        ListFilter filter = new ListFilter().equal("partnerCode", partnerCode).equal("majorCode", majorCode)
                .equal("year", year).equal("studentNos", studentNo);
        return apprenticeships.list(school, filter.toBson(), page, size).map(ApprenticeshipResponse::of);
    }

    @GetMapping("/apprenticeships/{code}")
    @Operation(summary = "Read one apprenticeship; its version comes as the ETag")
    ResponseEntity<ApprenticeshipResponse> get(@PathVariable String school, @PathVariable String code) {
        return EntityResponses.found(apprenticeships.get(school, code), ApprenticeshipResponse::of);
    }

    @PutMapping("/apprenticeships/{code}")
    @Operation(summary = "Record an apprenticeship or replace its details (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. The partner must be a partner of this "
                    + "school; at least one apprentice, each once; mentors and courses not negative. With If-Match, "
                    + "only if the version still matches (412 otherwise).")
    ResponseEntity<ApprenticeshipResponse> put(@PathVariable String school, @PathVariable String code,
            @RequestBody ApprenticeshipRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.code() != null && !body.code().equals(code)) {
            throw InvalidInputException.of("code", "'" + body.code() + "' differs from the code in the path");
        }
        Apprenticeship apprenticeship = ApprenticeshipDrafts.from(body, code, partners.of(school));
        return EntityResponses.written(apprenticeships.put(school, code, apprenticeship, EntityTags.ifMatch(ifMatch),
                Actors.of(request)), ApprenticeshipResponse::of);
    }

    @DeleteMapping("/apprenticeships/{code}")
    @Operation(summary = "Delete an apprenticeship recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        apprenticeships.delete(school, code, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/apprenticeships/{code}/history")
    @Operation(summary = "Every version of an apprenticeship, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String code) {
        return apprenticeships.history(school, code);
    }

    @PostMapping("/apprenticeships:import")
    @Operation(summary = "Import apprenticeships in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: " + ApprenticeshipImport.COLUMNS + ". Every 企业 must be a partner of this school.")
    ImportReport importApprenticeships(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(apprenticeshipImport, school, mode, dryRun, request);
    }
}
