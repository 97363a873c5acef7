package org.vetreport.training.contest;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

/** Contests in bulk, each stored under the key its content gives, so the same file imported again changes nothing. */
@Component
class HostedContestImport implements Importable<HostedContestRequest, HostedContest> {

    static final String COLUMNS = "赛事名称, 级别 (国际级, 国家级, 省级, 市级), 角色 or 承办 (承办, 协办), 日期, 赛项 "
            + "(several separated by ',', ';' or '、')";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("赛事名称", "name"), Map.entry("比赛名称", "name"), Map.entry("大赛名称", "name"),
            Map.entry("级别", "level"), Map.entry("赛事级别", "level"), Map.entry("角色", "role"), Map.entry("承办", "role"),
            Map.entry("日期", "date"), Map.entry("举办日期", "date"), Map.entry("赛项", "events"));

    private final EntityStore<HostedContest> contests;

    HostedContestImport(EntityStore<HostedContest> contests) {
        this.contests = contests;
    }

    @Override
    public String resource() {
        return "hosted-contests";
    }

    @Override
    public Class<HostedContestRequest> rowType() {
        return HostedContestRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<HostedContest> store() {
        return contests;
    }

    @Override
    public RowConverter<HostedContestRequest, HostedContest> converter(String school) {
        return row -> {
            HostedContest contest = row.toContest();
            return new Keyed<>(contest.importKey(), contest);
        };
    }
}
