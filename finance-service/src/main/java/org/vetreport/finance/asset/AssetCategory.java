package org.vetreport.finance.asset;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.Arrays;
import java.util.List;

/** The class of a fixed asset (资产类别), with the fields only assets of that class have. */
public enum AssetCategory {
    @JsonAlias("土地") LAND("areaMu"),
    @JsonAlias({"房屋", "房屋建筑物", "建筑物"}) BUILDING("floorArea", "use"),
    @JsonAlias({"设备", "仪器设备", "专用设备", "通用设备"}) EQUIPMENT("quantity", "purpose"),
    @JsonAlias({"图书", "图书资料", "图书档案"}) BOOKS("volumes", "kind"),
    @JsonAlias({"家具", "家具用具"}) FURNITURE,
    @JsonAlias({"车辆", "交通工具"}) VEHICLE,
    @JsonAlias("其他") OTHER;

    private final List<String> ownFields;

    AssetCategory(String... ownFields) {
        this.ownFields = List.of(ownFields);
    }

    /** The fields every asset of this category has and no other asset may have. */
    public List<String> ownFields() {
        return ownFields;
    }

    /** The category whose own field this is, {@code null} for a field every asset has. */
    static AssetCategory owning(String field) {
        return Arrays.stream(values()).filter(category -> category.ownFields.contains(field)).findFirst().orElse(null);
    }
}
