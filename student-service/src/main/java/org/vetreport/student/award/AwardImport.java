package org.vetreport.student.award;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;
import org.vetreport.student.student.Student;

/** Awards in bulk, each stored under the key its content gives, so the same file imported again changes nothing. */
@Component
class AwardImport implements Importable<AwardRequest, Award> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("比赛名称", "competition"), Map.entry("竞赛名称", "competition"), Map.entry("大赛名称", "competition"),
            Map.entry("项目", "event"), Map.entry("赛项", "event"), Map.entry("级别", "tier"), Map.entry("奖项", "medal"),
            Map.entry("获奖等级", "medal"), Map.entry("获奖日期", "awardedOn"), Map.entry("学号", "studentNos"),
            Map.entry("获奖学生学号", "studentNos"));

    private final EntityStore<Award> awards;
    private final EntityStore<Student> students;

    AwardImport(EntityStore<Award> awards, EntityStore<Student> students) {
        this.awards = awards;
        this.students = students;
    }

    @Override
    public String resource() {
        return "awards";
    }

    @Override
    public Class<AwardRequest> rowType() {
        return AwardRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Award> store() {
        return awards;
    }

    /** Loads the school's student numbers once, not once per row. */
    @Override
    public RowConverter<AwardRequest, Award> converter(String school) {
        Set<String> studentNos = students.all(school, null).stream().map(Student::studentNo).collect(Collectors.toSet());
        return row -> {
            Award award = AwardDrafts.from(row, studentNos::contains);
            return new Keyed<>(award.importKey(), award);
        };
    }
}
