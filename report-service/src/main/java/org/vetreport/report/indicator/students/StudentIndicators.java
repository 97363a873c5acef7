package org.vetreport.report.indicator.students;

import static org.vetreport.platform.events.Topics.STUDENT_STUDENTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.vetreport.report.indicator.Indicator;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.StudentRecord;

/** 1.2 学生情况: full-time students at the reference date, intake, retention and graduation of the period. */
public final class StudentIndicators {

    private StudentIndicators() {
    }

    /** 全日制在校生: full-time students enrolled (not suspended, not gone) on the day. */
    public static long enrolled(SchoolRecords records, LocalDate day) {
        return records.students().stream().filter(StudentRecord::fullTime).filter(s -> s.enrolledOn(day)).count();
    }

    /** Enrolled full-time students of one gender; a student whose gender is not recorded is neither. */
    private static long enrolled(SchoolRecords records, LocalDate day, Predicate<StudentRecord> gender) {
        return records.students().stream().filter(StudentRecord::fullTime).filter(s -> s.enrolledOn(day))
                .filter(gender).count();
    }

    /** Students who graduated within the period. */
    public static List<StudentRecord> graduates(SchoolRecords records, ReportingPeriod period) {
        return records.students().stream()
                .filter(s -> s.graduatedOn().filter(period::contains).isPresent()).toList();
    }

    public static List<Indicator> all() {
        return List.of(
                Indicator.of("students.enrolled", "全日制在校生", "Full-time students", "人").chapter("1.2")
                        .defined("Full-time students whose status at the reference date is ENROLLED (suspended and "
                                + "departed students are not counted).")
                        .from(STUDENT_STUDENTS)
                        .computed((r, p) -> Measurement.count(enrolled(r, p.referenceDate()), r.students().size())),
                Indicator.of("students.male", "男生", "Male students", "人").chapter("1.2")
                        .defined("Full-time students enrolled at the reference date who are male.")
                        .from(STUDENT_STUDENTS)
                        .computed((r, p) -> Measurement.count(enrolled(r, p.referenceDate(), StudentRecord::male), r.students().size())),
                Indicator.of("students.female", "女生", "Female students", "人").chapter("1.2")
                        .defined("Full-time students enrolled at the reference date who are female.")
                        .from(STUDENT_STUDENTS)
                        .computed((r, p) -> Measurement.count(enrolled(r, p.referenceDate(), StudentRecord::female), r.students().size())),
                Indicator.of("students.genderRatio", "男女生比例", "Male to female ratio", "x:1").chapter("1.2")
                        .defined("Male / female full-time students enrolled at the reference date.")
                        .from(STUDENT_STUDENTS)
                        .computed((r, p) -> Measurement.ratio(BigDecimal.valueOf(enrolled(r, p.referenceDate(), StudentRecord::male)),
                                BigDecimal.valueOf(enrolled(r, p.referenceDate(), StudentRecord::female)), 2, r.students().size())),
                Indicator.of("students.newEnrolled", "新生招生数", "New students", "人").chapter("1.2")
                        .defined("Full-time students whose enrolment date lies in the period (flow).")
                        .from(STUDENT_STUDENTS)
                        .computed((r, p) -> Measurement.count(r.students().stream().filter(StudentRecord::fullTime)
                                .filter(s -> p.contains(s.enrolledOn())).count(), r.students().size())),
                Indicator.of("students.retentionRate", "入学巩固率", "Retention rate", "%").chapter("1.2")
                        .defined("Of the full-time students on the roll (enrolled or suspended) on the first day of the "
                                + "period, those still on the roll or graduated on its last day.")
                        .from(STUDENT_STUDENTS)
                        .computed(StudentIndicators::retention),
                Indicator.of("students.graduates", "毕业生数", "Graduates", "人").chapter("1.2")
                        .defined("Students whose graduation lies in the period (flow).")
                        .from(STUDENT_STUDENTS)
                        .computed((r, p) -> Measurement.count(graduates(r, p).size(), r.students().size())),
                Indicator.of("students.graduationRate", "毕业率", "Graduation rate", "%").chapter("1.2")
                        .defined("Of the students on the roll on the first day of the period who were due to graduate "
                                + "in it (expected graduation date in the period), those who graduated in it.")
                        .from(STUDENT_STUDENTS)
                        .computed(StudentIndicators::graduation));
    }

    private static Measurement retention(SchoolRecords records, ReportingPeriod period) {
        List<StudentRecord> atStart = records.students().stream().filter(StudentRecord::fullTime)
                .filter(s -> s.onRollOn(period.from())).toList();
        long stayed = atStart.stream().filter(s -> s.onRollOn(period.to())
                || s.graduatedOn().filter(day -> !day.isAfter(period.to())).isPresent()).count();
        return Measurement.rate(stayed, atStart.size(), records.students().size());
    }

    private static Measurement graduation(SchoolRecords records, ReportingPeriod period) {
        List<StudentRecord> due = records.students().stream()
                .filter(s -> s.expectedGraduationOn() != null && period.contains(s.expectedGraduationOn()))
                .filter(s -> s.onRollOn(period.from())).toList();
        long graduated = due.stream().filter(s -> s.graduatedOn().filter(period::contains).isPresent()).count();
        return Measurement.rate(graduated, due.size(), records.students().size());
    }
}
