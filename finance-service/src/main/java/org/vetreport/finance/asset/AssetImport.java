package org.vetreport.finance.asset;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

@Component
class AssetImport implements Importable<AssetRequest, Asset> {

    /** A building's 用途 and equipment's 使用方向 are different columns, as asset registers keep them. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("资产编号", "assetNo"), Map.entry("资产名称", "name"), Map.entry("名称", "name"),
            Map.entry("资产类别", "category"), Map.entry("类别", "category"), Map.entry("面积(亩)", "areaMu"),
            Map.entry("面积（亩）", "areaMu"), Map.entry("土地面积(亩)", "areaMu"), Map.entry("土地面积（亩）", "areaMu"),
            Map.entry("建筑面积", "floorArea"), Map.entry("建筑面积(平方米)", "floorArea"),
            Map.entry("建筑面积（平方米）", "floorArea"), Map.entry("用途", "use"), Map.entry("房屋用途", "use"),
            Map.entry("数量", "quantity"), Map.entry("使用方向", "purpose"), Map.entry("设备用途", "purpose"),
            Map.entry("册数", "volumes"), Map.entry("文献类型", "kind"), Map.entry("图书类型", "kind"),
            Map.entry("价值", "value"), Map.entry("原值", "value"), Map.entry("账面原值", "value"),
            Map.entry("取得日期", "acquiredOn"), Map.entry("购置日期", "acquiredOn"), Map.entry("处置日期", "disposedOn"));

    private final EntityStore<Asset> assets;

    AssetImport(EntityStore<Asset> assets) {
        this.assets = assets;
    }

    @Override
    public String resource() {
        return "assets";
    }

    @Override
    public Class<AssetRequest> rowType() {
        return AssetRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Asset> store() {
        return assets;
    }

    @Override
    public RowConverter<AssetRequest, Asset> converter(String school) {
        return row -> {
            if (row.assetNo() == null || row.assetNo().isBlank()) {
                throw InvalidInputException.of("assetNo", "is required in an import row");
            }
            Asset asset = AssetDrafts.from(row, row.assetNo());
            return new Keyed<>(asset.assetNo(), asset);
        };
    }
}
