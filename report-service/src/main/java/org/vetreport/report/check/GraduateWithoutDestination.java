package org.vetreport.report.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vetreport.report.indicator.records.DestinationRecord;
import org.vetreport.report.indicator.records.StudentRecord;

/**
 * Graduates of the period with no destination recorded for their graduation year: the destination figures count
 * them as neither employed nor in further education. The destination indicators match on the graduation year,
 * so a destination recorded under another year does not count either.
 */
final class GraduateWithoutDestination implements CheckRule {

    static final String RULE = "graduate-without-destination";

    @Override
    public List<Finding> check(CheckContext context) {
        int year = context.period().label();
        Set<String> withDestination = context.records().destinations().stream()
                .filter(d -> d.graduationYear() != null && d.graduationYear() == year)
                .map(DestinationRecord::studentNo).collect(Collectors.toSet());
        List<StudentRecord> missing = context.records().students().stream()
                .filter(s -> s.graduatedOn().filter(context.period()::contains).isPresent())
                .filter(s -> !withDestination.contains(s.studentNo())).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> numbers = missing.stream().map(StudentRecord::studentNo).sorted().toList();
        return List.of(Finding.of(RULE, Severity.WARNING, context.period(), null,
                missing.stream().map(RecordKeys::of).toList(),
                missing.size() + " 名本期毕业生没有 " + year + " 届毕业去向记录：" + Samples.zh(numbers),
                missing.size() + " graduates of the period have no destination recorded for " + year + ": "
                        + Samples.en(numbers)));
    }
}
