package org.vetreport.student.major;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Major", description = "A major (专业) of one school")
record MajorResponse(
        @Schema(example = "660301") String code,
        @Schema(example = "工业机器人应用与维护") String name,
        @Schema(example = "智能制造专业群") String group,
        @Schema(example = "2015-09-01") LocalDate openedOn,
        LocalDate closedOn,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static MajorResponse of(Versioned<Major> entity) {
        Major major = entity.value();
        return new MajorResponse(major.code(), major.name(), major.group(), major.openedOn(), major.closedOn(),
                entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
