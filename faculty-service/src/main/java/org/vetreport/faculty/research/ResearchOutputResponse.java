package org.vetreport.faculty.research;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.faculty.shared.Level;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "ResearchOutput", description = "An output of staff's research and teaching practice (科研成果)")
record ResearchOutputResponse(
        @Schema(description = "The id the service gave the output", example = "5d41402abc4b2a76b9719d91") String id,
        OutputType type,
        @Schema(example = "工业机器人一体化课程开发研究") String title,
        Level level,
        @Schema(example = "2020-11-15") LocalDate date,
        @ArraySchema(schema = @Schema(description = "工号", example = "T2010001")) List<String> staffNos,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static ResearchOutputResponse of(Versioned<ResearchOutput> entity) {
        ResearchOutput o = entity.value();
        return new ResearchOutputResponse(entity.key(), o.type(), o.title(), o.level(), o.date(), o.staffNos(),
                entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
