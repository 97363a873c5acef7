package org.vetreport.training.internship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(name = "InternshipInput", description = "A student's internship as the training department's system writes it. "
        + "studentNo and startOn make the key; in a PUT body they are optional and must agree with the key in the path; "
        + "an import row must give them. The host is either a partner (partnerCode) or another employer (host), not both")
record InternshipRequest(
        @Schema(description = "学号, kept as given (the student service owns it) but well-formed", example = "2020001")
        String studentNo,
        @Schema(description = "企业: the code of the host when it is a partner of this school", example = "RH001")
        String partnerCode,
        @Schema(description = "实习单位: the host's name when it is not a partner", example = "嘉兴某汽车维修有限公司")
        String host,
        @Schema(description = "实习类型; Chinese names (顶岗实习, 认识实习, 跟岗实习) are accepted too",
                requiredMode = Schema.RequiredMode.REQUIRED)
        InternshipKind kind,
        @Schema(description = "开始日期", example = "2020-07-01")
        LocalDate startOn,
        @Schema(description = "结束日期: the last day, not before startOn; absent while the internship goes on",
                example = "2021-01-15")
        LocalDate endOn,
        @Schema(description = "专业对口: whether the post fits the student's major", requiredMode = Schema.RequiredMode.REQUIRED)
        Boolean relevantToMajor,
        @Schema(description = "保险: whether internship insurance was bought", requiredMode = Schema.RequiredMode.REQUIRED)
        Boolean insured,
        @Schema(description = "录用: whether the host hired the student; false when absent")
        Boolean hiredByHost) {

    Internship toInternship(String studentNo, LocalDate startOn) {
        return new Internship(studentNo, partnerCode, host, kind, startOn, endOn, relevantToMajor, insured, hiredByHost);
    }
}
