package org.vetreport.report.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vetreport.report.indicator.IndicatorValue;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.StatusRecord;
import org.vetreport.report.indicator.records.StudentRecord;

/** Hand-made records and values for the rule tests. */
final class Fixtures {

    static final ReportingPeriod Y2020 = ReportingPeriod.calendarYear(2020);

    private Fixtures() {
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    /** A student enrolled on the first day, with further status changes given as status, day, status, day… */
    static StudentRecord student(String studentNo, String enrolledOn, String... changes) {
        List<StatusRecord> history = new ArrayList<>(List.of(new StatusRecord(StatusRecord.ENROLLED, day(enrolledOn))));
        for (int i = 0; i + 1 < changes.length; i += 2) {
            history.add(new StatusRecord(changes[i], day(changes[i + 1])));
        }
        return new StudentRecord(studentNo, "MALE", "660301", "1班", "THREE_YEAR", true, day(enrolledOn), null, history);
    }

    static CheckContext context(SchoolRecords records) {
        return new CheckContext(records, Y2020, List.of());
    }

    static CheckContext context(IndicatorValue... values) {
        return new CheckContext(new SchoolRecords() { }, Y2020, List.of(values));
    }

    /** An indicator value as the engine gives it, reading one topic with the given number of records. */
    static IndicatorValue value(String id, String unit, String value, String previous, String changePercent,
                                long sourceRecords) {
        BigDecimal current = value == null ? null : new BigDecimal(value);
        BigDecimal before = previous == null ? null : new BigDecimal(previous);
        return new IndicatorValue(id, "指标", "Indicator", unit, current, current, null, before,
                current == null || before == null ? null : current.subtract(before),
                changePercent == null ? null : new BigDecimal(changePercent), List.of(),
                new IndicatorValue.Provenance("definition",
                        List.of(new IndicatorValue.Source("student.students.v1", sourceRecords)), sourceRecords));
    }
}
