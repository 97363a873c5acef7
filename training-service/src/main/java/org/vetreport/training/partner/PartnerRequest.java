package org.vetreport.training.partner;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.training.shared.SeparatedCells;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "PartnerInput", description = "An enterprise or institution the school cooperates with, as the training "
        + "department's system writes it")
record PartnerRequest(
        @Schema(description = "企业编号/单位编号; optional in a PUT body (must equal the path), required in an import row",
                example = "RH001")
        String code,
        @Schema(description = "单位名称", example = "浙江瑞宏机器人有限公司", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
        @Schema(description = "行业", example = "智能制造") String industry,
        @Schema(description = "城市", example = "嘉兴") String city,
        @ArraySchema(arraySchema = @Schema(description = "合作类型: at least one, each once; Chinese names (现代学徒制, "
                + "实习基地, 共建实训室, 产业学院, 职教集团, 委托培训) are accepted too; a CSV or Excel cell lists them "
                + "separated by ',', ';' or '、'", requiredMode = Schema.RequiredMode.REQUIRED),
                uniqueItems = true, minItems = 1)
        @JsonDeserialize(using = SeparatedCells.class)
        List<PartnerKind> kinds,
        @Schema(description = "合作开始: the first day of the cooperation", example = "2017-09-01",
                requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate since,
        @Schema(description = "合作结束: the last day of the cooperation, not before since; absent while it lasts",
                example = "2022-08-31")
        LocalDate until,
        @Schema(description = "提供工位: workstations the partner provides for students, 0 or more; 0 when absent",
                example = "60", minimum = "0")
        Integer workstationsProvided) {

    Partner toPartner(String code) {
        return new Partner(code, name, industry, city, kinds, since, until, workstationsProvided);
    }
}
