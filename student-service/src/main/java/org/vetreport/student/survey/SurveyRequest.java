package org.vetreport.student.survey;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "SurveyInput", description = "The result of one satisfaction survey in one year. The key fields "
        + "(survey, year) are optional in a PUT body, where the path names them, and must agree with the path if "
        + "given; an import row must give them.")
record SurveyRequest(
        @Schema(description = "满意度调查; Chinese names (学生发展前景, 用人单位, ...) are accepted too")
        SurveyKind survey,
        @Schema(description = "年度, 2000 to 2100", example = "2020", minimum = "2000", maximum = "2100")
        Integer year,
        @Schema(description = "满意 respondents", example = "1825", minimum = "0", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer satisfied,
        @Schema(description = "不满意 respondents", example = "175", minimum = "0", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer dissatisfied,
        @Schema(description = "无法评价 respondents; 0 when absent", example = "0", minimum = "0")
        Integer notAssessable) {
}
