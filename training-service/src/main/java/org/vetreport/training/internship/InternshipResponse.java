package org.vetreport.training.internship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Internship", description = "One internship (学生实习) of one student")
record InternshipResponse(
        @Schema(description = "The natural key studentNo:startOn, the internship's address", example = "2020001:2020-07-01")
        String key,
        @Schema(example = "2020001") String studentNo,
        @Schema(description = "the host when it is a partner", example = "RH001") String partnerCode,
        @Schema(description = "the host's name when it is not a partner") String host,
        InternshipKind kind,
        @Schema(example = "2020-07-01") LocalDate startOn,
        @Schema(description = "absent while the internship goes on", example = "2021-01-15") LocalDate endOn,
        boolean relevantToMajor,
        boolean insured,
        boolean hiredByHost,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static InternshipResponse of(Versioned<Internship> entity) {
        Internship i = entity.value();
        return new InternshipResponse(entity.key(), i.studentNo(), i.partnerCode(), i.host(), i.kind(), i.startOn(),
                i.endOn(), i.relevantToMajor(), i.insured(), i.hiredByHost(), entity.version(), entity.updatedAt(),
                entity.updatedBy());
    }
}
