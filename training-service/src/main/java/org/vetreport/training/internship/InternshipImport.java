package org.vetreport.training.internship;

import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.training.partner.PartnerReferences;

@Component
class InternshipImport implements Importable<InternshipRequest, Internship> {

    static final String COLUMNS = "学号, 企业 (a partner's code) or 实习单位 (another employer's name), 实习类型 (顶岗实习, "
            + "认识实习, 跟岗实习), 开始日期, 结束日期, 专业对口 (是/否), 保险 (是/否), 录用 (是/否)";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("学号", "studentNo"), Map.entry("企业", "partnerCode"), Map.entry("企业编号", "partnerCode"),
            Map.entry("实习单位", "host"), Map.entry("实习单位名称", "host"), Map.entry("实习类型", "kind"),
            Map.entry("开始日期", "startOn"), Map.entry("实习开始日期", "startOn"), Map.entry("结束日期", "endOn"),
            Map.entry("实习结束日期", "endOn"), Map.entry("专业对口", "relevantToMajor"), Map.entry("保险", "insured"),
            Map.entry("实习保险", "insured"), Map.entry("录用", "hiredByHost"), Map.entry("企业录用", "hiredByHost"));

    private final EntityStore<Internship> internships;
    private final PartnerReferences partners;

    InternshipImport(EntityStore<Internship> internships, PartnerReferences partners) {
        this.internships = internships;
        this.partners = partners;
    }

    @Override
    public String resource() {
        return "internships";
    }

    @Override
    public Class<InternshipRequest> rowType() {
        return InternshipRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Internship> store() {
        return internships;
    }

    /** Loads the school's partner codes once, not once per row. */
    @Override
    public RowConverter<InternshipRequest, Internship> converter(String school) {
        Predicate<String> partnerKnown = partners.loadAll(school);
        return row -> InternshipDrafts.fromRow(row, partnerKnown);
    }
}
