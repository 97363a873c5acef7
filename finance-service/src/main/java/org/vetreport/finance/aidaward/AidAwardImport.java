package org.vetreport.finance.aidaward;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.finance.aidprogramme.AidProgramme;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

@Component
class AidAwardImport implements Importable<AidAwardRequest, AidAward> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("项目代码", "programmeCode"), Map.entry("资助项目代码", "programmeCode"), Map.entry("学号", "studentNo"),
            Map.entry("学年", "year"), Map.entry("学期", "term"), Map.entry("金额", "amount"),
            Map.entry("资助金额", "amount"), Map.entry("发放金额", "amount"), Map.entry("发放日期", "paidOn"));

    private final EntityStore<AidAward> awards;
    private final EntityStore<AidProgramme> programmes;

    AidAwardImport(EntityStore<AidAward> awards, EntityStore<AidProgramme> programmes) {
        this.awards = awards;
        this.programmes = programmes;
    }

    @Override
    public String resource() {
        return "aid-awards";
    }

    @Override
    public Class<AidAwardRequest> rowType() {
        return AidAwardRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<AidAward> store() {
        return awards;
    }

    /** Loads the school's programmes once, not once per row. */
    @Override
    public RowConverter<AidAwardRequest, AidAward> converter(String school) {
        Map<String, AidProgramme> byCode = new HashMap<>();
        programmes.all(school, null).forEach(programme -> byCode.put(programme.code(), programme));
        return row -> {
            AidAward award = AidAwardDrafts.from(row,
                    new AidAward.Key(row.programmeCode(), row.studentNo(), row.year(), row.term()), byCode::get);
            return new Keyed<>(award.key(), award);
        };
    }
}
