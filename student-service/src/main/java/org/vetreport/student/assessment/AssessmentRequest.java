package org.vetreport.student.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "AssessmentInput", description = "One assessment result as the registrar's system writes it. The key "
        + "fields (studentNo, year, term, kind, subject) are optional in a PUT body, where the path names them, and "
        + "must agree with the path if given; an import row must give them.")
record AssessmentRequest(
        @Schema(description = "学号 of a student of this school", example = "2020001")
        String studentNo,
        @Schema(description = "年度: the report year the result counts towards, 2000 to 2100", example = "2020",
                minimum = "2000", maximum = "2100")
        Integer year,
        @Schema(description = "学期: 1 or 2", example = "1", minimum = "1", maximum = "2")
        Integer term,
        @Schema(description = "考核类型; Chinese names (文化课, 专业技能, 体质测试) are accepted too")
        AssessmentKind kind,
        @Schema(description = "科目; required for CULTURAL and absent otherwise; Chinese names (语文, 数学, ...) are "
                + "accepted too")
        Subject subject,
        @Schema(description = "是否合格: true or false; 合格/不合格 are accepted too",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonDeserialize(using = PassedValue.class) Boolean passed,
        @Schema(description = "成绩: 0 to 100 with at most one decimal; optional", example = "86.5", minimum = "0",
                maximum = "100")
        BigDecimal score) {
}
