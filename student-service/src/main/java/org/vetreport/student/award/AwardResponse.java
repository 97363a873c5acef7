package org.vetreport.student.award;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Award", description = "A competition award (竞赛获奖) students of one school won")
record AwardResponse(
        @Schema(description = "The id the service gave the award", example = "5d41402abc4b2a76b9719d91") String id,
        @Schema(example = "全国职业院校技能大赛") String competition,
        @Schema(example = "工业机器人技术应用") String event,
        AwardTier tier,
        Medal medal,
        @Schema(example = "2020-06-20") LocalDate awardedOn,
        @ArraySchema(schema = @Schema(description = "学号", example = "2020010001")) List<String> studentNos,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static AwardResponse of(Versioned<Award> entity) {
        Award award = entity.value();
        return new AwardResponse(entity.key(), award.competition(), award.event(), award.tier(), award.medal(),
                award.awardedOn(), award.studentNos(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
