package org.vetreport.student.assessment;

import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.student.student.StudentReferences;

@Component
class AssessmentImport implements Importable<AssessmentRequest, Assessment> {

    static final String COLUMNS = "学号, 年度 (学年), 学期, 考核类型 (文化课/专业技能/体质测试), 科目 (语文/数学/英语/政治/历史/体育/其他), "
            + "是否合格 (合格/不合格, 是/否), 成绩";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("学号", "studentNo"), Map.entry("年度", "year"), Map.entry("学年", "year"), Map.entry("学期", "term"),
            Map.entry("考核类型", "kind"), Map.entry("科目", "subject"), Map.entry("课程", "subject"),
            Map.entry("是否合格", "passed"), Map.entry("考核结果", "passed"), Map.entry("成绩", "score"),
            Map.entry("分数", "score"));

    private final EntityStore<Assessment> assessments;
    private final StudentReferences students;

    AssessmentImport(EntityStore<Assessment> assessments, StudentReferences students) {
        this.assessments = assessments;
        this.students = students;
    }

    @Override
    public String resource() {
        return "assessments";
    }

    @Override
    public Class<AssessmentRequest> rowType() {
        return AssessmentRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Assessment> store() {
        return assessments;
    }

    @Override
    public RowConverter<AssessmentRequest, Assessment> converter(String school) {
        Predicate<String> studentKnown = students.loadAll(school);
        return row -> AssessmentDrafts.fromRow(row, studentKnown);
    }
}
