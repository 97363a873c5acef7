package org.vetreport.finance.aidprogramme;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "AidProgramme", description = "A student aid programme (资助项目) of one school")
record AidProgrammeResponse(
        @Schema(example = "TUITION-2020") String code,
        @Schema(example = "中职免学费") String name,
        AidKind kind,
        @Schema(example = "中央和地方财政") String funder,
        @Schema(description = "yuan per award, with 2 decimals; null for no cap", example = "2000.00",
                multipleOf = 0.01)
        BigDecimal capPerStudent,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static AidProgrammeResponse of(Versioned<AidProgramme> entity) {
        AidProgramme p = entity.value();
        return new AidProgrammeResponse(p.code(), p.name(), p.kind(), p.funder(), p.capPerStudent(), entity.version(),
                entity.updatedAt(), entity.updatedBy());
    }
}
