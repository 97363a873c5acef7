package org.vetreport.student.destination;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@Schema(name = "DestinationInput", description = "A graduate's destination as the employment office records it")
record DestinationRequest(
        @Schema(description = "学号 of a GRADUATED student; optional in a PUT body (must equal the path), required in an "
                + "import row", example = "2020010001")
        String studentNo,
        @Schema(description = "毕业年份: the year of the student's graduation", example = "2023",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Integer graduationYear,
        @Schema(description = "去向: EMPLOYED (就业), SELF_EMPLOYED (自主创业), FURTHER_EDUCATION (升学), ENLISTED (参军), "
                + "UNEMPLOYED (待业), OTHER (其他)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull DestinationKind destination,
        @Schema(description = "专业对口: whether the job matches the major; only when EMPLOYED or SELF_EMPLOYED")
        Boolean relevantToMajor,
        @Schema(description = "本地就业: whether the job is in the school's city; only when EMPLOYED or SELF_EMPLOYED")
        Boolean local,
        @Schema(description = "起薪: the first month's pay in yuan, at most 2 decimals (never rounded); only when EMPLOYED "
                + "or SELF_EMPLOYED", example = "4200.50", minimum = "0", multipleOf = 0.01)
        BigDecimal firstMonthlySalary,
        @Schema(description = "就业单位", example = "嘉兴某智能装备有限公司") @Size(max = 100) String employer) {
}
