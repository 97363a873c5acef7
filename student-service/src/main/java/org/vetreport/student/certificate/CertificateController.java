package org.vetreport.student.certificate;

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
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;
import org.vetreport.platform.kit.store.ListFilter;
import org.vetreport.student.student.StudentReferences;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "certificates", description = "学生证书: certificates students obtained (职业资格证书, 职业技能等级证书, "
        + "1+X), with their level, issuer and date; the report's 技能证书获取率 counts them. Addressed by "
        + "studentNo:name:issuedOn, URL-encoded.")
class CertificateController {

    private static final String KEY = "studentNo:name:issuedOn, URL-encoded; e.g. 2020001:电工中级:2020-06-30";

    private final EntityStore<Certificate> certificates;
    private final StudentReferences students;
    private final CertificateImport certificateImport;
    private final Imports imports;

    CertificateController(EntityStore<Certificate> certificates, StudentReferences students,
                          CertificateImport certificateImport, Imports imports) {
        this.certificates = certificates;
        this.students = students;
        this.certificateImport = certificateImport;
        this.imports = imports;
    }

    @GetMapping("/certificates")
    @Operation(summary = "List certificates in the order of their keys")
    Page<CertificateResponse> list(@PathVariable String school,
            @Parameter(description = "only certificates of this student") @RequestParam(required = false) String studentNo,
            @RequestParam(required = false) CertificateKind kind,
            @RequestParam(required = false) CertificateLevel level,
            @Parameter(description = "only certificates issued in this calendar year") @RequestParam(required = false) Integer issuedIn,
            @Parameter(description = "issued on or after this date") @RequestParam(required = false) LocalDate issuedFrom,
            @Parameter(description = "issued on or before this date") @RequestParam(required = false) LocalDate issuedTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        ListFilter filter = new ListFilter().equal("studentNo", studentNo).equal("kind", kind).equal("level", level)
                .inYear("issuedOn", issuedIn).onOrAfter("issuedOn", issuedFrom).onOrBefore("issuedOn", issuedTo);
        return certificates.list(school, filter.toBson(), page, size).map(CertificateResponse::of);
    }

    @GetMapping("/certificates/{key}")
    @Operation(summary = "Read one certificate; its version comes as the ETag")
    ResponseEntity<CertificateResponse> get(@PathVariable String school,
            @Parameter(description = KEY) @PathVariable String key) {
        return EntityResponses.found(certificates.get(school, key), CertificateResponse::of);
    }

    @PutMapping("/certificates/{key}")
    @Operation(summary = "Record or replace a certificate (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. The student must be a student of this "
                    + "school; the certificate must not be dated in the future. Key fields in the body may be left "
                    + "out; given, they must agree with the key. With If-Match, the write happens only if the "
                    + "version still matches (412 otherwise).")
    ResponseEntity<CertificateResponse> put(@PathVariable String school,
            @Parameter(description = KEY) @PathVariable String key,
            @RequestBody CertificateRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Certificate certificate = CertificateDrafts.forKey(key, body, students.of(school));
        return EntityResponses.written(
                certificates.put(school, key, certificate, EntityTags.ifMatch(ifMatch), Actors.of(request)),
                CertificateResponse::of);
    }

    @DeleteMapping("/certificates/{key}")
    @Operation(summary = "Delete a certificate; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @Parameter(description = KEY) @PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        certificates.delete(school, key, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/certificates/{key}/history")
    @Operation(summary = "Every version of a certificate, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @Parameter(description = KEY) @PathVariable String key) {
        return certificates.history(school, key);
    }

    @PostMapping("/certificates:import")
    @Operation(summary = "Import certificates in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: " + CertificateImport.COLUMNS + ". Every row names its key fields.")
    ImportReport importCertificates(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(certificateImport, school, mode, dryRun, request);
    }
}
