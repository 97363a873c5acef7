package org.vetreport.student.survey;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;

@Component
class SurveyImport implements Importable<SurveyRequest, Survey> {

    static final String COLUMNS = "调查项目 (学生发展前景, 用人单位, ...), 年度, 满意, 不满意, 无法评价";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("调查项目", "survey"), Map.entry("满意度调查", "survey"), Map.entry("年度", "year"),
            Map.entry("满意", "satisfied"), Map.entry("满意人数", "satisfied"), Map.entry("不满意", "dissatisfied"),
            Map.entry("不满意人数", "dissatisfied"), Map.entry("无法评价", "notAssessable"),
            Map.entry("无法评价人数", "notAssessable"));

    private final EntityStore<Survey> surveys;

    SurveyImport(EntityStore<Survey> surveys) {
        this.surveys = surveys;
    }

    @Override
    public String resource() {
        return "surveys";
    }

    @Override
    public Class<SurveyRequest> rowType() {
        return SurveyRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Survey> store() {
        return surveys;
    }

    @Override
    public RowConverter<SurveyRequest, Survey> converter(String school) {
        return SurveyDrafts::fromRow;
    }
}
