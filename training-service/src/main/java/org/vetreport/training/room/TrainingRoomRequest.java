package org.vetreport.training.room;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.training.shared.SeparatedCells;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "TrainingRoomInput", description = "A training room as the training department's system writes it")
record TrainingRoomRequest(
        @Schema(description = "实训室编号; optional in a PUT body (must equal the path), required in an import row",
                example = "SX-101")
        String code,
        @Schema(description = "名称", example = "工业机器人实训室", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
        @Schema(description = "实训基地 the room belongs to; optional", example = "智能制造（工业4.0）实训基地")
        String base,
        @ArraySchema(arraySchema = @Schema(description = "专业: codes of the majors the room serves, each once; absent or "
                + "empty for rooms every major uses; a CSV or Excel cell lists them separated by ',', ';' or '、'"),
                schema = @Schema(example = "0306"), uniqueItems = true)
        @JsonDeserialize(using = SeparatedCells.class)
        List<String> majorCodes,
        @Schema(description = "面积 in m², more than 0, at most two decimals; kept exactly", example = "320.5",
                requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal area,
        @Schema(description = "工位数: workstations, 0 or more", example = "40", minimum = "0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Integer workstations,
        @Schema(description = "启用日期", example = "2018-09-01", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate openedOn,
        @Schema(description = "停用日期: the first day the room is no longer used, after openedOn; absent while in use",
                example = "2024-07-01")
        LocalDate closedOn) {

    TrainingRoom toRoom(String code) {
        return new TrainingRoom(code, name, base, majorCodes, area, workstations, openedOn, closedOn);
    }
}
