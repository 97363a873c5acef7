package org.vetreport.student.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Assessment", description = "One assessment result (考核结果) of one student of one school")
record AssessmentResponse(
        @Schema(description = "The natural key studentNo:year:term:kind:subject ('-' for no subject), the result's "
                + "address", example = "2020001:2020:1:CULTURAL:CHINESE") String key,
        @Schema(example = "2020001") String studentNo,
        @Schema(example = "2020") int year,
        @Schema(example = "1") int term,
        AssessmentKind kind,
        Subject subject,
        boolean passed,
        @Schema(example = "86.5") BigDecimal score,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static AssessmentResponse of(Versioned<Assessment> entity) {
        Assessment a = entity.value();
        return new AssessmentResponse(entity.key(), a.studentNo(), a.year(), a.term(), a.kind(), a.subject(),
                a.passed(), a.score(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
