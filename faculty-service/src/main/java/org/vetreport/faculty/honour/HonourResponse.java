package org.vetreport.faculty.honour;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.faculty.shared.Level;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Honour", description = "An honour a staff member was awarded (教师荣誉)")
record HonourResponse(
        @Schema(description = "staffNo:title:awardedOn", example = "T2010001:市学科带头人:2020-09-10") String key,
        @Schema(example = "T2010001") String staffNo,
        @Schema(example = "市学科带头人") String title,
        Level level,
        @Schema(example = "2020-09-10") LocalDate awardedOn,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static HonourResponse of(Versioned<Honour> entity) {
        Honour h = entity.value();
        return new HonourResponse(entity.key(), h.staffNo(), h.title(), h.level(), h.awardedOn(), entity.version(),
                entity.updatedAt(), entity.updatedBy());
    }
}
