package org.vetreport.training.internship;

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
import org.vetreport.training.shared.Periods;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "internships", description = "学生实习: students' internships (顶岗实习, 认识实习, 跟岗实习) at a partner or "
        + "another employer, with whether the post fits the major, whether the student was insured and hired; the "
        + "report's 实习对口率, 保险购买率 and 企业录用 count them. Addressed by studentNo:startOn.")
class InternshipController {

    private static final String KEY = "studentNo:startOn, e.g. 2020001:2020-07-01";

    private final EntityStore<Internship> internships;
    private final PartnerReferences partners;
    private final InternshipImport internshipImport;
    private final Imports imports;

    InternshipController(EntityStore<Internship> internships, PartnerReferences partners,
                         InternshipImport internshipImport, Imports imports) {
        this.internships = internships;
        this.partners = partners;
        this.internshipImport = internshipImport;
        this.imports = imports;
    }

    @GetMapping("/internships")
    @Operation(summary = "List internships in the order of their keys")
    Page<InternshipResponse> list(@PathVariable String school,
            @Parameter(description = "only internships of this student") @RequestParam(required = false) String studentNo,
            @Parameter(description = "only internships at this partner") @RequestParam(required = false) String partnerCode,
            @RequestParam(required = false) InternshipKind kind,
            @Parameter(description = "only internships starting in this calendar year") @RequestParam(required = false) Integer year,
            @Parameter(description = "starting on or after this day") @RequestParam(required = false) LocalDate startFrom,
            @Parameter(description = "starting on or before this day") @RequestParam(required = false) LocalDate startTo,
            @Parameter(description = "only internships going on on this day: started on or before it, not ended before it")
            @RequestParam(required = false) LocalDate ongoingOn,
            @Parameter(description = "only posts that fit (true) or do not fit (false) the major") @RequestParam(required = false) Boolean relevantToMajor,
            @Parameter(description = "only insured (true) or uninsured (false) students") @RequestParam(required = false) Boolean insured,
            @Parameter(description = "only students the host hired (true) or did not (false)") @RequestParam(required = false) Boolean hiredByHost,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        ListFilter filter = new ListFilter().equal("studentNo", studentNo).equal("partnerCode", partnerCode)
                .equal("kind", kind).inYear("startOn", year).onOrAfter("startOn", startFrom).onOrBefore("startOn", startTo)
                .equal("relevantToMajor", relevantToMajor).equal("insured", insured).equal("hiredByHost", hiredByHost);
        return internships.list(school, Periods.both(filter.toBson(), Periods.currentOn(ongoingOn, "startOn", "endOn", true)),
                page, size).map(InternshipResponse::of);
    }

    @GetMapping("/internships/{key}")
    @Operation(summary = "Read one internship; its version comes as the ETag")
    ResponseEntity<InternshipResponse> get(@PathVariable String school,
            @Parameter(description = KEY) @PathVariable String key) {
        return EntityResponses.found(internships.get(school, key), InternshipResponse::of);
    }

    @PutMapping("/internships/{key}")
    @Operation(summary = "Record or replace one internship (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. The key is studentNo:startOn; the body "
                    + "may repeat them but not contradict them. Exactly one of partnerCode (a partner of this school) "
                    + "and host; endOn not before startOn. With If-Match, only if the version still matches (412 "
                    + "otherwise).")
    ResponseEntity<InternshipResponse> put(@PathVariable String school,
            @Parameter(description = KEY) @PathVariable String key,
            @RequestBody InternshipRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Internship internship = InternshipDrafts.forKey(key, body, partners.of(school));
        return EntityResponses.written(internships.put(school, key, internship, EntityTags.ifMatch(ifMatch),
                Actors.of(request)), InternshipResponse::of);
    }

    @DeleteMapping("/internships/{key}")
    @Operation(summary = "Delete an internship recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @Parameter(description = KEY) @PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        internships.delete(school, key, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/internships/{key}/history")
    @Operation(summary = "Every version of an internship, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @Parameter(description = KEY) @PathVariable String key) {
        return internships.history(school, key);
    }

    @PostMapping("/internships:import")
    @Operation(summary = "Import internships in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: " + InternshipImport.COLUMNS + ". Every row names its key fields; every 企业 must be a "
            + "partner of this school.")
    ImportReport importInternships(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(internshipImport, school, mode, dryRun, request);
    }
}
