package org.vetreport.finance.asset;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.vetreport.finance.money.MoneyDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "AssetInput", description = "A fixed asset as the finance office's asset register records it. Each "
        + "category has its own figures, required for it and refused for any other: LAND areaMu; BUILDING floorArea "
        + "and use; EQUIPMENT quantity and purpose; BOOKS volumes and kind; FURNITURE, VEHICLE and OTHER none.")
record AssetRequest(
        @Schema(description = "资产编号; optional in a PUT body (must equal the path), required in an import row",
                example = "FW-0003")
        @Size(max = 40) String assetNo,
        @Schema(description = "资产名称", example = "实训楼A") @Size(max = 100) String name,
        @Schema(description = "资产类别: LAND (土地), BUILDING (房屋), EQUIPMENT (设备), BOOKS (图书), FURNITURE (家具), "
                + "VEHICLE (车辆), OTHER (其他)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull AssetCategory category,
        @Schema(description = "面积(亩): LAND only, greater than 0 with at most 4 decimals", example = "297.22")
        BigDecimal areaMu,
        @Schema(description = "建筑面积 in m²: BUILDING only, greater than 0 with at most 2 decimals", example = "40100.50")
        BigDecimal floorArea,
        @Schema(description = "用途: BUILDING only. TEACHING (教学), TEACHING_SUPPORT (教学辅助), TRAINING (实训), "
                + "ADMINISTRATION (行政办公), LIBRARY (图书馆), DORMITORY (宿舍), CANTEEN (食堂), SPORTS (体育), OTHER (其他)")
        BuildingUse use,
        @Schema(description = "数量: EQUIPMENT only, at least 1", example = "12") Integer quantity,
        @Schema(description = "使用方向: EQUIPMENT only. TEACHING (教学), TRAINING (实训), OFFICE (办公), OTHER (其他)")
        EquipmentPurpose purpose,
        @Schema(description = "册数: BOOKS only, at least 1", example = "7647") Integer volumes,
        @Schema(description = "文献类型: BOOKS only. PRINT_BOOK (纸质图书), JOURNAL (期刊), EBOOK (电子图书)")
        BookKind kind,
        @Schema(description = "价值 (账面原值) in yuan: 0 or more with at most 2 decimals, never rounded. A CSV or Excel "
                + "cell may write it 1,234.50, ¥1,234.50 or 1234.50元", example = "80770000.00", minimum = "0",
                maximum = "100000000000", multipleOf = 0.01, requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @JsonDeserialize(using = MoneyDeserializer.class) BigDecimal value,
        @Schema(description = "取得日期", example = "2015-09-01", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalDate acquiredOn,
        @Schema(description = "处置日期: after acquiredOn; the asset stays on record and stops counting from that day",
                example = "2020-12-31")
        LocalDate disposedOn) {
}
