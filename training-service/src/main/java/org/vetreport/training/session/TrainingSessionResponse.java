package org.vetreport.training.session;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "TrainingSession", description = "A session of social training or skill appraisal (社会培训, 技能鉴定) a "
        + "school ran")
record TrainingSessionResponse(
        @Schema(example = "PX-2020-031") String code,
        @Schema(example = "中式面点师职业技能等级认定") String title,
        @Schema(example = "中式面点师") String occupation,
        TrainingProgramme programme,
        Audience audience,
        @Schema(example = "嘉兴市人力资源和社会保障局") String commissionedBy,
        @Schema(example = "四川阿坝") String region,
        @Schema(example = "2020-09-14") LocalDate startOn,
        @Schema(example = "2020-09-18") LocalDate endOn,
        @Schema(example = "120") int trainees,
        @Schema(example = "110") int appraised,
        @Schema(example = "95") int passed,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static TrainingSessionResponse of(Versioned<TrainingSession> entity) {
        TrainingSession s = entity.value();
        return new TrainingSessionResponse(s.code(), s.title(), s.occupation(), s.programme(), s.audience(),
                s.commissionedBy(), s.region(), s.startOn(), s.endOn(), s.trainees(), s.appraised(), s.passed(),
                entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
