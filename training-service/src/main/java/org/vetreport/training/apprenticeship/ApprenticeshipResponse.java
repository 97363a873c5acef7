package org.vetreport.training.apprenticeship;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Apprenticeship", description = "A modern apprenticeship class (现代学徒制) of one school with a partner")
record ApprenticeshipResponse(
        @Schema(example = "XTZ-2020-01") String code,
        @Schema(example = "RH001") String partnerCode,
        @Schema(example = "0306") String majorCode,
        @Schema(example = "2020") int year,
        @ArraySchema(schema = @Schema(description = "学号", example = "2020010001")) List<String> studentNos,
        @Schema(example = "12") int mentors,
        @Schema(example = "6") int courses,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static ApprenticeshipResponse of(Versioned<Apprenticeship> entity) {
        Apprenticeship a = entity.value();
        return new ApprenticeshipResponse(a.code(), a.partnerCode(), a.majorCode(), a.year(), a.studentNos(),
                a.mentors(), a.courses(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
