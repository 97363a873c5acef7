package org.vetreport.student.survey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Survey", description = "The result of one satisfaction survey (满意度调查) of one school in one year")
record SurveyResponse(
        @Schema(description = "The natural key survey:year, the result's address", example = "CAREER_PROSPECTS:2020") String key,
        SurveyKind survey,
        @Schema(example = "2020") int year,
        @Schema(example = "1825") int satisfied,
        @Schema(example = "175") int dissatisfied,
        @Schema(example = "0") int notAssessable,
        @Schema(description = "satisfied + dissatisfied + notAssessable", example = "2000") long respondents,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static SurveyResponse of(Versioned<Survey> entity) {
        Survey s = entity.value();
        return new SurveyResponse(entity.key(), s.survey(), s.year(), s.satisfied(), s.dissatisfied(),
                s.notAssessable(), s.respondents(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
