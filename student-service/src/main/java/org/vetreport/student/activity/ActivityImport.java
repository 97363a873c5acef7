package org.vetreport.student.activity;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

/** Activities in bulk, each stored under the key its content gives, so the same file imported again changes nothing. */
@Component
class ActivityImport implements Importable<ActivityRequest, Activity> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("类型", "kind"), Map.entry("活动类型", "kind"), Map.entry("名称", "title"),
            Map.entry("活动名称", "title"), Map.entry("社团名称", "title"), Map.entry("日期", "date"),
            Map.entry("活动日期", "date"), Map.entry("开始日期", "activeFrom"), Map.entry("成立日期", "activeFrom"),
            Map.entry("结束日期", "activeUntil"), Map.entry("参与人数", "participants"), Map.entry("人数", "participants"));

    private final EntityStore<Activity> activities;

    ActivityImport(EntityStore<Activity> activities) {
        this.activities = activities;
    }

    @Override
    public String resource() {
        return "activities";
    }

    @Override
    public Class<ActivityRequest> rowType() {
        return ActivityRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Activity> store() {
        return activities;
    }

    @Override
    public RowConverter<ActivityRequest, Activity> converter(String school) {
        return row -> {
            Activity activity = row.toActivity();
            return new Keyed<>(activity.importKey(), activity);
        };
    }
}
