package org.vetreport.faculty.research;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.faculty.shared.Level;
import org.vetreport.faculty.shared.StaffNumbersDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "ResearchOutputInput", description = "An output of research or teaching practice as the research office records it")
record ResearchOutputRequest(
        @Schema(description = "成果类型: PAPER (论文), PROJECT (课题立项), RESEARCH_AWARD (科研成果奖), TEACHING_CONTEST_AWARD "
                + "(教学业务比赛获奖), PATENT (专利), TEXTBOOK (教材), STANDARD (标准)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull OutputType type,
        @Schema(description = "题目", example = "工业机器人一体化课程开发研究", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "级别: NATIONAL (国家级), PROVINCIAL (省级), MUNICIPAL (市级), DISTRICT (区县级), SCHOOL "
                + "(校级), ENTERPRISE (企业)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Level level,
        @Schema(description = "日期: published, granted or awarded", example = "2020-11-15",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalDate date,
        @ArraySchema(arraySchema = @Schema(description = "工号 of the staff who produced it, each a staff member of this "
                + "school, each once; a CSV or Excel cell lists them separated by ',', ';' or '、'"),
                schema = @Schema(example = "T2010001"), uniqueItems = true)
        @JsonDeserialize(using = StaffNumbersDeserializer.class)
        @NotNull @Size(min = 1, max = 100) List<String> staffNos) {
}
