package org.vetreport.training.room;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "TrainingRoom", description = "A training room (实训室) of one school with its workstations")
record TrainingRoomResponse(
        @Schema(example = "SX-101") String code,
        @Schema(example = "工业机器人实训室") String name,
        @Schema(example = "智能制造（工业4.0）实训基地") String base,
        @ArraySchema(schema = @Schema(description = "专业代码", example = "0306")) List<String> majorCodes,
        @Schema(description = "m²", example = "320.5") BigDecimal area,
        @Schema(example = "40") int workstations,
        @Schema(example = "2018-09-01") LocalDate openedOn,
        @Schema(description = "absent while in use") LocalDate closedOn,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static TrainingRoomResponse of(Versioned<TrainingRoom> entity) {
        TrainingRoom r = entity.value();
        return new TrainingRoomResponse(r.code(), r.name(), r.base(), r.majorCodes(), r.area(), r.workstations(),
                r.openedOn(), r.closedOn(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
