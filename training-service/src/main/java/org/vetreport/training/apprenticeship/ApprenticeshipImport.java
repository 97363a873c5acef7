package org.vetreport.training.apprenticeship;

import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;
import org.vetreport.training.partner.PartnerReferences;

@Component
class ApprenticeshipImport implements Importable<ApprenticeshipRequest, Apprenticeship> {

    static final String COLUMNS = "学徒制编号, 企业 (企业编号), 专业 (专业代码), 年度, 学号 (several separated by ',', ';' or "
            + "'、'), 企业导师 (人数), 课程 (门数)";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("学徒制编号", "code"), Map.entry("编号", "code"), Map.entry("企业", "partnerCode"),
            Map.entry("企业编号", "partnerCode"), Map.entry("合作企业", "partnerCode"), Map.entry("专业", "majorCode"),
            Map.entry("专业代码", "majorCode"), Map.entry("年度", "year"), Map.entry("年份", "year"),
            Map.entry("学号", "studentNos"), Map.entry("学徒学号", "studentNos"), Map.entry("企业导师", "mentors"),
            Map.entry("企业导师数", "mentors"), Map.entry("课程", "courses"), Map.entry("课程数", "courses"));

    private final EntityStore<Apprenticeship> apprenticeships;
    private final PartnerReferences partners;

    ApprenticeshipImport(EntityStore<Apprenticeship> apprenticeships, PartnerReferences partners) {
        this.apprenticeships = apprenticeships;
        this.partners = partners;
    }

    @Override
    public String resource() {
        return "apprenticeships";
    }

    @Override
    public Class<ApprenticeshipRequest> rowType() {
        return ApprenticeshipRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Apprenticeship> store() {
        return apprenticeships;
    }

    /** Loads the school's partner codes once, not once per row. */
    @Override
    public RowConverter<ApprenticeshipRequest, Apprenticeship> converter(String school) {
        Predicate<String> partnerKnown = partners.loadAll(school);
        return row -> {
            if (row.code() == null || row.code().isBlank()) {
                throw InvalidInputException.of("code", "is required in an import row");
            }
            Apprenticeship apprenticeship = ApprenticeshipDrafts.from(row, row.code(), partnerKnown);
            return new Keyed<>(apprenticeship.code(), apprenticeship);
        };
    }
}
