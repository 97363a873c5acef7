package org.vetreport.faculty.training;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.faculty.shared.Level;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "TeacherTraining", description = "A training programme a staff member took part in (教师培训)")
record TeacherTrainingResponse(
        @Schema(description = "staffNo:programme:startOn", example = "T2010001:信息化教学能力提升:2020-07-06") String key,
        @Schema(example = "T2010001") String staffNo,
        @Schema(example = "信息化教学能力提升") String programme,
        Level level,
        @Schema(example = "2020-07-06") LocalDate startOn,
        @Schema(example = "2020-07-10") LocalDate endOn,
        @Schema(example = "40") Integer hours,
        boolean online,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static TeacherTrainingResponse of(Versioned<TeacherTraining> entity) {
        TeacherTraining t = entity.value();
        return new TeacherTrainingResponse(entity.key(), t.staffNo(), t.programme(), t.level(), t.startOn(), t.endOn(),
                t.hours(), t.online(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
