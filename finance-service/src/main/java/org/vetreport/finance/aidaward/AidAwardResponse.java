package org.vetreport.finance.aidaward;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "AidAward", description = "What one student was paid by one aid programme in one term (资助发放)")
record AidAwardResponse(
        @Schema(description = "programmeCode:studentNo:year:term", example = "TUITION-2020:2020010001:2020:1") String key,
        @Schema(example = "TUITION-2020") String programmeCode,
        @Schema(example = "2020010001") String studentNo,
        @Schema(description = "school year, named by the year it starts in", example = "2020") Integer year,
        @Schema(example = "1") Integer term,
        @Schema(description = "yuan, with 2 decimals", example = "1950.00", multipleOf = 0.01)
        BigDecimal amount,
        @Schema(example = "2020-10-20") LocalDate paidOn,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static AidAwardResponse of(Versioned<AidAward> entity) {
        AidAward a = entity.value();
        return new AidAwardResponse(entity.key(), a.programmeCode(), a.studentNo(), a.year(), a.term(), a.amount(),
                a.paidOn(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
