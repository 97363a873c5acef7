package org.vetreport.finance.aidprogramme;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.finance.aidaward.AidAward;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

@Component
class AidProgrammeImport implements Importable<AidProgrammeRequest, AidProgramme> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("项目代码", "code"), Map.entry("项目名称", "name"), Map.entry("类别", "kind"),
            Map.entry("资助类别", "kind"), Map.entry("资助方", "funder"), Map.entry("资金来源", "funder"),
            Map.entry("限额", "capPerStudent"), Map.entry("每生限额", "capPerStudent"));

    private final EntityStore<AidProgramme> programmes;
    private final EntityStore<AidAward> awards;

    AidProgrammeImport(EntityStore<AidProgramme> programmes, EntityStore<AidAward> awards) {
        this.programmes = programmes;
        this.awards = awards;
    }

    @Override
    public String resource() {
        return "aid-programmes";
    }

    @Override
    public Class<AidProgrammeRequest> rowType() {
        return AidProgrammeRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<AidProgramme> store() {
        return programmes;
    }

    /** Reads the school's awards once, not once per row, keeping only the largest amount of each programme. */
    @Override
    public RowConverter<AidProgrammeRequest, AidProgramme> converter(String school) {
        Map<String, BigDecimal> largestAward = new HashMap<>();
        awards.all(school, null).forEach(award -> largestAward.merge(award.programmeCode(), award.amount(), BigDecimal::max));
        return row -> {
            if (row.code() == null || row.code().isBlank()) {
                throw InvalidInputException.of("code", "is required in an import row");
            }
            AidProgramme programme = AidProgrammeDrafts.from(row, row.code(), largestAward::get);
            return new Keyed<>(programme.code(), programme);
        };
    }
}
