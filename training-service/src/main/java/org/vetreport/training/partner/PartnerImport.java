package org.vetreport.training.partner;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

@Component
class PartnerImport implements Importable<PartnerRequest, Partner> {

    static final String COLUMNS = "企业编号 (or 单位编号), 单位名称 (or 企业名称), 行业, 城市, 合作类型 (现代学徒制, 实习基地, "
            + "共建实训室, 产业学院, 职教集团, 委托培训; several separated by ',', ';' or '、'), 合作开始, 合作结束, 提供工位";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("企业编号", "code"), Map.entry("单位编号", "code"), Map.entry("单位名称", "name"),
            Map.entry("企业名称", "name"), Map.entry("行业", "industry"), Map.entry("所属行业", "industry"),
            Map.entry("城市", "city"), Map.entry("所在城市", "city"), Map.entry("合作类型", "kinds"),
            Map.entry("合作方式", "kinds"), Map.entry("合作开始", "since"), Map.entry("合作开始日期", "since"),
            Map.entry("合作结束", "until"), Map.entry("合作结束日期", "until"), Map.entry("提供工位", "workstationsProvided"),
            Map.entry("提供工位数", "workstationsProvided"));

    private final EntityStore<Partner> partners;

    PartnerImport(EntityStore<Partner> partners) {
        this.partners = partners;
    }

    @Override
    public String resource() {
        return "partners";
    }

    @Override
    public Class<PartnerRequest> rowType() {
        return PartnerRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Partner> store() {
        return partners;
    }

    @Override
    public RowConverter<PartnerRequest, Partner> converter(String school) {
        return row -> {
            if (row.code() == null || row.code().isBlank()) {
                throw InvalidInputException.of("code", "is required in an import row");
            }
            Partner partner = row.toPartner(row.code());
            return new Keyed<>(partner.code(), partner);
        };
    }
}
