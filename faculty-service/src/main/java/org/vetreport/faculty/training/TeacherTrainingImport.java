package org.vetreport.faculty.training;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.vetreport.faculty.staff.Staff;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

@Component
class TeacherTrainingImport implements Importable<TeacherTrainingRequest, TeacherTraining> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("工号", "staffNo"), Map.entry("培训项目", "programme"), Map.entry("培训名称", "programme"),
            Map.entry("级别", "level"), Map.entry("培训级别", "level"), Map.entry("开始日期", "startOn"),
            Map.entry("结束日期", "endOn"), Map.entry("学时", "hours"), Map.entry("线上", "online"),
            Map.entry("线上培训", "online"));

    private final EntityStore<TeacherTraining> trainings;
    private final EntityStore<Staff> staff;

    TeacherTrainingImport(EntityStore<TeacherTraining> trainings, EntityStore<Staff> staff) {
        this.trainings = trainings;
        this.staff = staff;
    }

    @Override
    public String resource() {
        return "teacher-trainings";
    }

    @Override
    public Class<TeacherTrainingRequest> rowType() {
        return TeacherTrainingRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<TeacherTraining> store() {
        return trainings;
    }

    /** Loads the school's staff numbers once, not once per row. */
    @Override
    public RowConverter<TeacherTrainingRequest, TeacherTraining> converter(String school) {
        Set<String> staffNos = StaffNumbers.of(staff, school);
        return row -> {
            TeacherTraining training = TeacherTrainingDrafts.from(row, staffNos::contains);
            return new Keyed<>(training.key(), training);
        };
    }
}
