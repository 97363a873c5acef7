package org.vetreport.training.contest;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.training.shared.SeparatedCells;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "HostedContestInput", description = "A contest the school hosted or co-hosted, as the training department "
        + "records it")
record HostedContestRequest(
        @Schema(description = "赛事名称", example = "第46届世界技能大赛浙江省选拔赛", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
        @Schema(description = "级别; Chinese names (国际级, 国家级, 省级, 市级) are accepted too",
                requiredMode = Schema.RequiredMode.REQUIRED)
        ContestLevel level,
        @Schema(description = "角色: HOST (承办) or CO_HOST (协办)", requiredMode = Schema.RequiredMode.REQUIRED)
        HostRole role,
        @Schema(description = "日期: the day the contest began", example = "2020-07-20",
                requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate date,
        @ArraySchema(arraySchema = @Schema(description = "赛项: the events held, at least one, each once; a CSV or Excel "
                + "cell lists them separated by ',', ';' or '、'", requiredMode = Schema.RequiredMode.REQUIRED),
                schema = @Schema(example = "移动机器人"), uniqueItems = true, minItems = 1)
        @JsonDeserialize(using = SeparatedCells.class)
        List<String> events) {

    HostedContest toContest() {
        return new HostedContest(name, level, role, date, events);
    }
}
