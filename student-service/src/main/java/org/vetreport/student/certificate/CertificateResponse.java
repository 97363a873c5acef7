package org.vetreport.student.certificate;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Certificate", description = "A certificate (证书) a student of one school obtained")
record CertificateResponse(
        @Schema(description = "The natural key studentNo:name:issuedOn, the certificate's address (URL-encode it)",
                example = "2020001:电工中级:2020-06-30") String key,
        @Schema(example = "2020001") String studentNo,
        @Schema(example = "电工中级") String name,
        CertificateKind kind,
        CertificateLevel level,
        @Schema(example = "嘉兴市人力资源和社会保障局") String issuer,
        @Schema(example = "2020-06-30") LocalDate issuedOn,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static CertificateResponse of(Versioned<Certificate> entity) {
        Certificate c = entity.value();
        return new CertificateResponse(entity.key(), c.studentNo(), c.name(), c.kind(), c.level(), c.issuer(),
                c.issuedOn(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
