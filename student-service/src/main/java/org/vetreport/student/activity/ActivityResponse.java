package org.vetreport.student.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Activity", description = "A student club (学生社团) or student event of one school")
record ActivityResponse(
        @Schema(description = "The id the service gave the activity", example = "9e107d9d372bb6826bd81d35") String id,
        ActivityKind kind,
        @Schema(example = "机器人创新社") String title,
        @Schema(description = "the day of an event") LocalDate date,
        @Schema(description = "the first day of a CLUB", example = "2018-09-15") LocalDate activeFrom,
        @Schema(description = "the last day of a CLUB that closed") LocalDate activeUntil,
        @Schema(example = "45") Integer participants,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static ActivityResponse of(Versioned<Activity> entity) {
        Activity a = entity.value();
        return new ActivityResponse(entity.key(), a.kind(), a.title(), a.date(), a.activeFrom(), a.activeUntil(),
                a.participants(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
