package org.vetreport.training.partner;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Partner", description = "An enterprise or institution a school cooperates with (校企合作单位)")
record PartnerResponse(
        @Schema(example = "RH001") String code,
        @Schema(example = "浙江瑞宏机器人有限公司") String name,
        @Schema(example = "智能制造") String industry,
        @Schema(example = "嘉兴") String city,
        List<PartnerKind> kinds,
        @Schema(example = "2017-09-01") LocalDate since,
        @Schema(description = "the last day of the cooperation; absent while it lasts") LocalDate until,
        @Schema(example = "60") int workstationsProvided,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static PartnerResponse of(Versioned<Partner> entity) {
        Partner p = entity.value();
        return new PartnerResponse(p.code(), p.name(), p.industry(), p.city(), p.kinds(), p.since(), p.until(),
                p.workstationsProvided(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
