package org.vetreport.training.session;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

@Component
class TrainingSessionImport implements Importable<TrainingSessionRequest, TrainingSession> {

    static final String COLUMNS = "培训编号, 培训项目, 工种, 培训类型 (技能培训, 技能鉴定, 创业培训, 电商培训, 食品安全培训, "
            + "公益培训, 师资培训, 其他), 培训对象 (社会人员, 企业职工, 下岗失业人员, 农村劳动力, 退役军人, 残疾人, 戒毒人员, 在校生), "
            + "委托单位, 地区, 开始日期, 结束日期, 培训人次, 鉴定人数, 通过人数";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("培训编号", "code"), Map.entry("编号", "code"), Map.entry("培训项目", "title"),
            Map.entry("培训名称", "title"), Map.entry("工种", "occupation"), Map.entry("培训类型", "programme"),
            Map.entry("培训对象", "audience"), Map.entry("委托单位", "commissionedBy"), Map.entry("地区", "region"),
            Map.entry("支援地区", "region"), Map.entry("开始日期", "startOn"), Map.entry("结束日期", "endOn"),
            Map.entry("培训人次", "trainees"), Map.entry("鉴定人数", "appraised"), Map.entry("通过人数", "passed"));

    private final EntityStore<TrainingSession> sessions;

    TrainingSessionImport(EntityStore<TrainingSession> sessions) {
        this.sessions = sessions;
    }

    @Override
    public String resource() {
        return "training-sessions";
    }

    @Override
    public Class<TrainingSessionRequest> rowType() {
        return TrainingSessionRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<TrainingSession> store() {
        return sessions;
    }

    @Override
    public RowConverter<TrainingSessionRequest, TrainingSession> converter(String school) {
        return row -> {
            if (row.code() == null || row.code().isBlank()) {
                throw InvalidInputException.of("code", "is required in an import row");
            }
            TrainingSession session = row.toSession(row.code());
            return new Keyed<>(session.code(), session);
        };
    }
}
