package org.vetreport.report.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.vetreport.report.indicator.records.StaffRecord;
import org.vetreport.report.indicator.records.TeacherTrainingRecord;

/**
 * Teacher training of the period attended by staff who do not teach: the training figures count every attendance,
 * so they would include people who are not teachers.
 */
final class TeacherTrainingNonTeacher implements CheckRule {

    static final String RULE = "teacher-training-non-teacher";

    @Override
    public List<Finding> check(CheckContext context) {
        Set<String> nonTeachers = context.records().staff().stream().filter(s -> !s.teaches())
                .map(StaffRecord::staffNo).collect(Collectors.toSet());
        List<TeacherTrainingRecord> trainings = context.records().teacherTrainings().stream()
                .filter(t -> t.startOn() != null && context.period().contains(t.startOn()))
                .filter(t -> nonTeachers.contains(t.staffNo())).toList();
        if (trainings.isEmpty()) {
            return List.of();
        }
        Set<String> numbers = trainings.stream().map(TeacherTrainingRecord::staffNo)
                .collect(Collectors.toCollection(TreeSet::new));
        return List.of(Finding.of(RULE, Severity.WARNING, context.period(), null,
                trainings.stream().map(RecordKeys::of).toList(),
                trainings.size() + " 条本期教师培训记录属于不任课的教职工：" + Samples.zh(numbers),
                trainings.size() + " teacher trainings of the period were attended by staff who do not teach: "
                        + Samples.en(numbers)));
    }
}
