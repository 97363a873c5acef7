package org.vetreport.student.certificate;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(name = "CertificateInput", description = "A student's certificate as the registrar's system writes it. The "
        + "key fields (studentNo, name, issuedOn) are optional in a PUT body, where the path names them, and must "
        + "agree with the path if given; an import row must give them.")
record CertificateRequest(
        @Schema(description = "学号 of a student of this school", example = "2020001")
        String studentNo,
        @Schema(description = "证书名称, at most 100 characters, without '/', '\\', ';' or '%' (it is part of the "
                + "certificate's address)", example = "电工中级")
        String name,
        @Schema(description = "证书类型; Chinese names (职业资格证书, 职业技能等级证书, 1+X) are accepted too",
                requiredMode = Schema.RequiredMode.REQUIRED)
        CertificateKind kind,
        @Schema(description = "等级; absent for a certificate without a national level; 初级/中级/高级/技师/高级技师 "
                + "are accepted too")
        CertificateLevel level,
        @Schema(description = "发证机构", example = "嘉兴市人力资源和社会保障局", requiredMode = Schema.RequiredMode.REQUIRED)
        String issuer,
        @Schema(description = "发证日期; 2000 or later and not in the future", example = "2020-06-30")
        LocalDate issuedOn) {
}
