package org.vetreport.finance.aidprogramme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.vetreport.finance.money.MoneyDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "AidProgrammeInput", description = "A student aid programme as the finance office sets it up")
record AidProgrammeRequest(
        @Schema(description = "项目代码; optional in a PUT body (must equal the path), required in an import row",
                example = "TUITION-2020")
        @Size(max = 32) String code,
        @Schema(description = "项目名称", example = "中职免学费", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "类别: TUITION_WAIVER (免学费), NATIONAL_GRANT (国家助学金), EDUCATION_VOUCHER (教育券), "
                + "NATIONAL_SCHOLARSHIP (国家奖学金), SCHOOL_GRANT (校内助学金), FOUNDATION_GRANT (基金会资助金), "
                + "ENLISTMENT_COMPENSATION (应征入伍学费补偿), JOB_SEEKING_SUBSIDY (求职创业补贴), OTHER (其他)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull AidKind kind,
        @Schema(description = "资助方: who pays for the programme", example = "中央和地方财政",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String funder,
        @Schema(description = "限额: the most one award (one student, one term) may pay, in yuan, greater than 0 with at "
                + "most 2 decimals (never rounded); absent for no cap. Not below an award already paid. A CSV or "
                + "Excel cell may write it 1,000.00, ¥1,000.00 or 1000元", example = "2000.00", minimum = "0.01",
                maximum = "100000000000", multipleOf = 0.01)
        @JsonDeserialize(using = MoneyDeserializer.class) BigDecimal capPerStudent) {
}
