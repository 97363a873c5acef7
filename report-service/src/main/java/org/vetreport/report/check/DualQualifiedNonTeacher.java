package org.vetreport.report.check;

import java.time.LocalDate;
import java.util.List;
import org.vetreport.report.indicator.records.StaffRecord;

/**
 * 双师 (dual) qualification recorded for staff who do not teach: it is a teacher's qualification, so either the
 * qualification or the staff member's role is probably wrong.
 */
final class DualQualifiedNonTeacher implements CheckRule {

    static final String RULE = "dual-qualified-non-teacher";

    @Override
    public List<Finding> check(CheckContext context) {
        LocalDate day = context.period().referenceDate();
        List<StaffRecord> staff = context.records().staff().stream()
                .filter(s -> s.employedOn(day) && !s.teaches())
                .filter(s -> Boolean.TRUE.equals(s.qualificationsOn(day).dualQualified())).toList();
        if (staff.isEmpty()) {
            return List.of();
        }
        List<String> numbers = staff.stream().map(StaffRecord::staffNo).sorted().toList();
        return List.of(Finding.of(RULE, Severity.WARNING, context.period(), null,
                staff.stream().map(RecordKeys::of).toList(),
                staff.size() + " 名不任课的教职工在 " + day + " 记有双师型资格：" + Samples.zh(numbers),
                staff.size() + " staff who do not teach hold the dual (双师) qualification on " + day + ": "
                        + Samples.en(numbers)));
    }
}
