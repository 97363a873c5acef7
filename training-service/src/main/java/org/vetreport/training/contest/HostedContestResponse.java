package org.vetreport.training.contest;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "HostedContest", description = "A skills contest a school hosted or co-hosted (承办赛事)")
record HostedContestResponse(
        @Schema(description = "The id the service gave the contest", example = "5d41402abc4b2a76b9719d91") String id,
        @Schema(example = "第46届世界技能大赛浙江省选拔赛") String name,
        ContestLevel level,
        HostRole role,
        @Schema(example = "2020-07-20") LocalDate date,
        @ArraySchema(schema = @Schema(description = "赛项", example = "移动机器人")) List<String> events,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static HostedContestResponse of(Versioned<HostedContest> entity) {
        HostedContest c = entity.value();
        return new HostedContestResponse(entity.key(), c.name(), c.level(), c.role(), c.date(), c.events(),
                entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
