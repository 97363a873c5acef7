package org.vetreport.student.destination;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Destination", description = "Where a graduate of one school went (毕业去向)")
record DestinationResponse(
        @Schema(example = "2020010001") String studentNo,
        @Schema(example = "2023") Integer graduationYear,
        DestinationKind destination,
        Boolean relevantToMajor,
        Boolean local,
        @Schema(description = "yuan, always with 2 decimals", example = "4200.50") BigDecimal firstMonthlySalary,
        @Schema(example = "嘉兴某智能装备有限公司") String employer,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static DestinationResponse of(Versioned<Destination> entity) {
        Destination d = entity.value();
        return new DestinationResponse(d.studentNo(), d.graduationYear(), d.destination(), d.relevantToMajor(), d.local(),
                d.firstMonthlySalary(), d.employer(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
