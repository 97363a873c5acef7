package org.vetreport.student.award;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "AwardInput", description = "A competition award as the student-affairs office records it")
record AwardRequest(
        @Schema(description = "比赛名称", example = "全国职业院校技能大赛", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String competition,
        @Schema(description = "项目 (赛项)", example = "工业机器人技术应用", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String event,
        @Schema(description = "级别 (国际级, 国家级, 国家级行业, 省级一类, 省级, 市级, 校级)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull AwardTier tier,
        @Schema(description = "奖项: GOLD (金, 一等奖), SILVER (银, 二等奖), BRONZE (铜, 三等奖), EXCELLENCE (优胜)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Medal medal,
        @Schema(description = "获奖日期", example = "2020-06-20", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalDate awardedOn,
        @ArraySchema(arraySchema = @Schema(description = "学号 of the winners, each a student of this school, each once; "
                + "a CSV or Excel cell lists them separated by ',', ';' or '、'"),
                schema = @Schema(example = "2020010001"), uniqueItems = true)
        @JsonDeserialize(using = StudentNumbersDeserializer.class)
        @NotNull @Size(min = 1, max = 100) List<String> studentNos) {
}
