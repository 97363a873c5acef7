package org.vetreport.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.StudentRecord;

/**
 * A destination, internship, aid award or assessment of the period naming a student number no student has: the
 * figure counts someone the school's roll does not know. One finding per kind of record. Records outside the
 * period change none of the year's figures and are left to the years they belong to.
 */
final class UnknownStudent implements CheckRule {

    static final String RULE = "unknown-student";

    /** A student number a record names, and the record. */
    private record Reference(String studentNo, RecordRef record) {
    }

    private record Source(String zh, String en, BiFunction<SchoolRecords, ReportingPeriod, List<Reference>> references) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("毕业去向", "graduate destinations", (records, period) -> records.destinations().stream()
                    .filter(d -> d.graduationYear() != null && d.graduationYear() == period.label())
                    .map(d -> new Reference(d.studentNo(), RecordKeys.of(d))).toList()),
            new Source("实习", "internships", (records, period) -> records.internships().stream()
                    .filter(i -> i.overlaps(period.from(), period.to()))
                    .map(i -> new Reference(i.studentNo(), RecordKeys.of(i))).toList()),
            new Source("资助发放", "aid awards", (records, period) -> records.aidAwards().stream()
                    .filter(a -> a.paidOn() != null && period.contains(a.paidOn()))
                    .map(a -> new Reference(a.studentNo(), RecordKeys.of(a))).toList()),
            new Source("学业考核", "assessments", (records, period) -> records.assessments().stream()
                    .filter(a -> a.year() != null && a.year() == period.label())
                    .map(a -> new Reference(a.studentNo(), RecordKeys.of(a))).toList()));

    @Override
    public List<Finding> check(CheckContext context) {
        Set<String> known = context.records().students().stream().map(StudentRecord::studentNo).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (Source source : SOURCES) {
            List<Reference> unknown = source.references().apply(context.records(), context.period()).stream()
                    .filter(reference -> reference.studentNo() != null && !known.contains(reference.studentNo()))
                    .toList();
            if (unknown.isEmpty()) {
                continue;
            }
            Set<String> numbers = unknown.stream().map(Reference::studentNo).collect(Collectors.toCollection(TreeSet::new));
            findings.add(Finding.of(RULE, Severity.ERROR, context.period(), null,
                    unknown.stream().map(Reference::record).toList(),
                    unknown.size() + " 条" + source.zh() + "记录的学号不属于任何学生：" + Samples.zh(numbers),
                    unknown.size() + " " + source.en() + " name student numbers no student has: " + Samples.en(numbers)));
        }
        return findings;
    }
}
