package org.vetreport.finance.asset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Asset", description = "A fixed asset (固定资产) of one school; figures of other categories are null")
record AssetResponse(
        @Schema(example = "FW-0003") String assetNo,
        @Schema(example = "实训楼A") String name,
        AssetCategory category,
        @Schema(description = "亩, LAND only", example = "297.22") BigDecimal areaMu,
        @Schema(description = "m², BUILDING only", example = "40100.5") BigDecimal floorArea,
        @Schema(description = "BUILDING only") BuildingUse use,
        @Schema(description = "EQUIPMENT only", example = "12") Integer quantity,
        @Schema(description = "EQUIPMENT only") EquipmentPurpose purpose,
        @Schema(description = "BOOKS only", example = "7647") Integer volumes,
        @Schema(description = "BOOKS only") BookKind kind,
        @Schema(description = "yuan, with 2 decimals", example = "80770000.00", multipleOf = 0.01)
        BigDecimal value,
        @Schema(example = "2015-09-01") LocalDate acquiredOn,
        @Schema(description = "null while the school holds the asset") LocalDate disposedOn,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static AssetResponse of(Versioned<Asset> entity) {
        Asset a = entity.value();
        return new AssetResponse(a.assetNo(), a.name(), a.category(), a.areaMu(), a.floorArea(), a.use(), a.quantity(),
                a.purpose(), a.volumes(), a.kind(), a.value(), a.acquiredOn(), a.disposedOn(), entity.version(),
                entity.updatedAt(), entity.updatedBy());
    }
}
