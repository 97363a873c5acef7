package org.vetreport.report.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.vetreport.platform.kit.store.CompositeKey;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.records.AidAwardRecord;
import org.vetreport.report.indicator.records.StatusRecord;
import org.vetreport.report.indicator.records.StudentRecord;

/**
 * More students received aid in one term than were enrolled at any time in the period. Students enrolled at some
 * time in the period are at least as many as those enrolled in any one of its terms, so this never fires on
 * consistent data, whatever dates a school's terms have.
 */
final class AidRecipientsOverEnrolment implements CheckRule {

    static final String RULE = "aid-recipients-over-enrolment";

    @Override
    public List<Finding> check(CheckContext context) {
        ReportingPeriod period = context.period();
        long enrolled = context.records().students().stream().filter(s -> enrolledDuring(s, period)).count();
        Map<String, List<AidAwardRecord>> byTerm = context.records().aidAwards().stream()
                .filter(award -> award.paidOn() != null && period.contains(award.paidOn()))
                .collect(Collectors.groupingBy(award -> CompositeKey.of(award.year(), award.term()), TreeMap::new,
                        Collectors.toList()));
        List<Finding> findings = new ArrayList<>();
        byTerm.forEach((term, awards) -> {
            Set<String> recipients = awards.stream().map(AidAwardRecord::studentNo).collect(Collectors.toSet());
            if (recipients.size() > enrolled) {
                AidAwardRecord first = awards.get(0);
                findings.add(Finding.of(RULE, Severity.ERROR, period, null,
                        awards.stream().map(RecordKeys::of).toList(),
                        first.year() + " 学年第 " + first.term() + " 学期有 " + recipients.size() + " 名学生获得资助，"
                                + "但本期在校生只有 " + enrolled + " 名",
                        recipients.size() + " students received aid in term " + first.term() + " of school year "
                                + first.year() + ", but only " + enrolled + " students were enrolled in the period"));
            }
        });
        return findings;
    }

    /** Enrolled on the period's first day, or enrolled (again) on some day within it. */
    static boolean enrolledDuring(StudentRecord student, ReportingPeriod period) {
        LocalDate from = period.from();
        return student.enrolledOn(from) || student.statusHistory().stream()
                .anyMatch(change -> StatusRecord.ENROLLED.equals(change.status()) && period.contains(change.effectiveOn()));
    }
}
