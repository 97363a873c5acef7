package org.vetreport.report.indicator.faculty;

import static org.vetreport.platform.events.Topics.FACULTY_ELECTIVES;
import static org.vetreport.platform.events.Topics.FACULTY_HONOURS;
import static org.vetreport.platform.events.Topics.FACULTY_RESEARCH_OUTPUTS;
import static org.vetreport.platform.events.Topics.FACULTY_STAFF;
import static org.vetreport.platform.events.Topics.FACULTY_TEACHER_TRAININGS;
import static org.vetreport.platform.events.Topics.STUDENT_STUDENTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.vetreport.report.indicator.Indicator;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.ElectiveRecord;
import org.vetreport.report.indicator.records.QualificationsRecord;
import org.vetreport.report.indicator.records.StaffRecord;
import org.vetreport.report.indicator.students.StudentIndicators;

/**
 * 1.3 教师队伍 and 3.2–3.4: staff at the reference date with their qualifications on that day, teacher training,
 * research output and elective courses of the period.
 */
public final class FacultyIndicators {

    private FacultyIndicators() {
    }

    /** 在编教师: staff on the establishment who teach. */
    public static long establishedTeachers(SchoolRecords records, LocalDate day) {
        return employed(records, day).filter(s -> "ESTABLISHED".equals(s.employment()) && s.teaches()).count();
    }

    /** 专任教师. */
    public static List<StaffRecord> fullTimeTeachers(SchoolRecords records, LocalDate day) {
        return employed(records, day).filter(StaffRecord::fullTimeTeacher).toList();
    }

    private static java.util.stream.Stream<StaffRecord> employed(SchoolRecords records, LocalDate day) {
        return records.staff().stream().filter(s -> s.employedOn(day));
    }

    public static List<Indicator> all() {
        List<Indicator> all = new ArrayList<>();
        all.add(Indicator.of("faculty.establishedTeachers", "在编教师", "Established teachers", "人").chapter("1.3")
                .defined("Staff on the establishment (在编) who teach, employed at the reference date.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> Measurement.count(establishedTeachers(r, p.referenceDate()), r.staff().size())));
        all.add(Indicator.of("faculty.fullTimeTeachers", "专任教师", "Full-time teachers", "人").chapter("1.3")
                .defined("Full-time teachers (专任教师, established or on contract) employed at the reference date.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> Measurement.count(fullTimeTeachers(r, p.referenceDate()).size(), r.staff().size())));
        all.addAll(qualified("faculty.bachelorOrAbove", "本科及以上学历", "Bachelor's education or higher",
                "with a bachelor's education or higher", StaffRecord::bachelorOrAbove));
        all.addAll(qualified("faculty.masterOrAbove", "硕士及以上", "Master's or higher",
                "with a master's or doctoral education or degree", StaffRecord::masterOrAbove));
        all.addAll(qualified("faculty.seniorTitle", "高级职称", "Senior title", "with a senior title (副高 or 正高)",
                StaffRecord::senior));
        all.add(Indicator.of("faculty.professionalTeachers", "专业课教师", "Professional-course teachers", "人").chapter("1.3")
                .defined("Full-time teachers who teach professional courses, at the reference date.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> Measurement.count(professional(r, p.referenceDate()).size(), r.staff().size())));
        all.add(Indicator.of("faculty.professionalTeachersRatio", "专业课教师占比", "Share of professional-course teachers", "%")
                .chapter("1.3")
                .defined("Professional-course teachers / full-time teachers, at the reference date.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> Measurement.rate(professional(r, p.referenceDate()).size(),
                        fullTimeTeachers(r, p.referenceDate()).size(), r.staff().size())));
        all.add(Indicator.of("faculty.dualQualified", "双师型教师", "Dual-qualified teachers", "人").chapter("1.3")
                .defined("Professional-course teachers certified 双师型 on the reference date.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> Measurement.count(dualQualified(r, p.referenceDate()), r.staff().size())));
        all.add(Indicator.of("faculty.dualQualifiedRatio", "双师型教师占比", "Share of dual-qualified teachers", "%")
                .chapter("1.3")
                .defined("Dual-qualified teachers / professional-course teachers (not all full-time teachers), at the "
                        + "reference date.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> Measurement.rate(dualQualified(r, p.referenceDate()),
                        professional(r, p.referenceDate()).size(), r.staff().size())));
        all.add(Indicator.of("faculty.dualQualifiedShareOfFullTimeTeachers", "双师型教师占专任教师比例",
                        "Dual-qualified teachers among full-time teachers", "%").chapter("1.3")
                .defined("Dual-qualified teachers / all full-time teachers (专任教师), at the reference date: the "
                        + "denominator of the 2024 outline's resource table; faculty.dualQualifiedRatio divides by "
                        + "professional-course teachers instead, as the seed does.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> Measurement.rate(dualQualified(r, p.referenceDate()),
                        fullTimeTeachers(r, p.referenceDate()).size(), r.staff().size())));
        all.add(Indicator.of("faculty.studentTeacherRatio", "生师比", "Students per established teacher", "x:1").chapter("1.3")
                .defined("Full-time students enrolled / established teachers (在编教师), at the reference date: the "
                        + "seed report's denominator.")
                .from(STUDENT_STUDENTS, FACULTY_STAFF)
                .computed((r, p) -> Measurement.ratio(BigDecimal.valueOf(StudentIndicators.enrolled(r, p.referenceDate())),
                        BigDecimal.valueOf(establishedTeachers(r, p.referenceDate())), 1, r.students().size() + r.staff().size())));
        all.add(Indicator.of("faculty.studentFullTimeTeacherRatio", "生师比（专任教师）", "Students per full-time teacher", "x:1")
                .chapter("1.3")
                .defined("Full-time students enrolled / full-time teachers (专任教师), at the reference date: the official "
                        + "definition.")
                .from(STUDENT_STUDENTS, FACULTY_STAFF)
                .computed((r, p) -> Measurement.ratio(BigDecimal.valueOf(StudentIndicators.enrolled(r, p.referenceDate())),
                        BigDecimal.valueOf(fullTimeTeachers(r, p.referenceDate()).size()), 1,
                        r.students().size() + r.staff().size())));
        all.add(Indicator.of("faculty.partTimeTeachers", "兼职教师", "Part-time teachers", "人").chapter("1.3")
                .defined("Part-time (兼职) staff who teach, employed at the reference date.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> Measurement.count(partTimeTeachers(r, p.referenceDate()), r.staff().size())));
        all.add(Indicator.of("faculty.partTimeTeachersRatio", "兼职教师比例", "Share of part-time teachers", "%")
                .chapter("1.3")
                .defined("Part-time teachers / (full-time teachers + part-time teachers), at the reference date: the "
                        + "share of the teaching staff the 中等职业学校设置标准 sets at about 20 %.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> {
                    long partTime = partTimeTeachers(r, p.referenceDate());
                    return Measurement.rate(partTime, fullTimeTeachers(r, p.referenceDate()).size() + partTime,
                            r.staff().size());
                }));
        all.add(Indicator.of("faculty.ageStructure", "专任教师年龄结构", "Full-time teachers by age", "人").chapter("1.3")
                .defined("Full-time teachers at the reference date whose birth year is recorded, in parts by the age "
                        + "they reach in the reference date's year (the staff event carries the birth year only): "
                        + "UNDER_35, 35_TO_44, 45_TO_54, 55_AND_OVER.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> {
                    int year = p.referenceDate().getYear();
                    List<StaffRecord> born = fullTimeTeachers(r, p.referenceDate()).stream()
                            .filter(s -> s.birthYear() != null).toList();
                    Map<String, Long> byAge = new TreeMap<>();
                    born.forEach(s -> byAge.merge(ageBand(year - s.birthYear()), 1L, Long::sum));
                    return Measurement.count(born.size(), r.staff().size()).withParts(byAge);
                }));
        all.add(Indicator.of("faculty.externalTeachers", "外聘教师", "External teachers", "人").chapter("1.3")
                .defined("Externally engaged (外聘) staff who teach, at the reference date.")
                .from(FACULTY_STAFF)
                .computed((r, p) -> Measurement.count(employed(r, p.referenceDate())
                        .filter(s -> "EXTERNAL".equals(s.employment()) && s.teaches()).count(), r.staff().size())));
        all.add(trainings("teacherTraining.municipal", "MUNICIPAL", "市级培训人次", "Municipal training attendances"));
        all.add(trainings("teacherTraining.provincial", "PROVINCIAL", "省级培训人次", "Provincial training attendances"));
        all.add(trainings("teacherTraining.national", "NATIONAL", "国家级培训人次", "National training attendances"));
        all.add(trainings("teacherTraining.enterprise", "ENTERPRISE", "教师企业实践人次", "Teacher placements in enterprises"));
        all.add(Indicator.of("faculty.honours", "教师荣誉", "Staff honours", "人次").chapter("3.3")
                .defined("Honours awarded to staff in the period (省春蚕奖, 市学科带头人 and the like), each award "
                        + "counted once; parts by level.")
                .from(FACULTY_HONOURS)
                .computed((r, p) -> {
                    var awarded = r.honours().stream().filter(h -> h.awardedOn() != null && p.contains(h.awardedOn()))
                            .toList();
                    return Measurement.count(awarded.size(), r.honours().size()).withParts(awarded.stream().collect(
                            Collectors.groupingBy(h -> String.valueOf(h.level()), TreeMap::new, Collectors.counting())));
                }));
        all.add(research("research.awards", "RESEARCH_AWARD", "科研成果奖", "Research awards", "项"));
        all.add(research("research.contestAwards", "TEACHING_CONTEST_AWARD", "教学业务比赛获奖", "Teaching contest awards", "项"));
        all.add(research("research.papers", "PAPER", "论文发表和获奖", "Papers", "篇"));
        all.add(research("research.projects", "PROJECT", "课题立项", "Research projects", "项"));
        all.add(research("research.patents", "PATENT", "专利", "Patents", "项"));
        all.add(research("research.textbooks", "TEXTBOOK", "教材", "Textbooks", "部"));
        all.add(research("research.standards", "STANDARD", "标准制定", "Standards drafted", "项"));
        all.add(Indicator.of("electives.courses", "选修课程", "Elective courses", "门").chapter("3.2.1")
                .defined("Elective courses whose term starts in the period (autumn terms start in September, spring "
                        + "terms in February): for a calendar year the spring term of the school year before and the "
                        + "autumn term of the school year starting in it; for a school year its own two terms.")
                .from(FACULTY_ELECTIVES)
                .computed((r, p) -> Measurement.count(electives(r, p).size(), r.electives().size())));
        all.add(Indicator.of("electives.teachers", "选修课教师", "Elective teachers", "人").chapter("3.2.1")
                .defined("Distinct teachers of the elective courses run in the period.")
                .from(FACULTY_ELECTIVES)
                .computed((r, p) -> Measurement.count(electives(r, p).stream().flatMap(e -> e.teacherStaffNos().stream())
                        .distinct().count(), r.electives().size())));
        all.add(Indicator.of("electives.students", "选课学生", "Elective enrolments", "人次").chapter("3.2.1")
                .defined("Students enrolled in the elective courses run in the period, summed over courses.")
                .from(FACULTY_ELECTIVES)
                .computed((r, p) -> Measurement.count(electives(r, p).stream().map(ElectiveRecord::enrolledStudents)
                        .filter(Objects::nonNull).mapToLong(Integer::longValue).sum(), r.electives().size())));
        return all;
    }

    private static String ageBand(int age) {
        if (age < 35) {
            return "UNDER_35";
        }
        if (age < 45) {
            return "35_TO_44";
        }
        return age < 55 ? "45_TO_54" : "55_AND_OVER";
    }

    private static long partTimeTeachers(SchoolRecords records, LocalDate day) {
        return employed(records, day).filter(s -> "PART_TIME".equals(s.employment()) && s.teaches()).count();
    }

    private static List<Indicator> qualified(String id, String zh, String en, String rule,
                                             Predicate<QualificationsRecord> qualification) {
        return List.of(
                Indicator.of(id, zh, en, "人").chapter("1.3")
                        .defined("Full-time teachers " + rule + " on the reference date.")
                        .from(FACULTY_STAFF)
                        .computed((r, p) -> Measurement.count(qualifiedOn(r, p.referenceDate(), qualification),
                                r.staff().size())),
                Indicator.of(id + "Ratio", zh + "占比", en + " share", "%").chapter("1.3")
                        .defined("Full-time teachers " + rule + " / full-time teachers, on the reference date.")
                        .from(FACULTY_STAFF)
                        .computed((r, p) -> Measurement.rate(qualifiedOn(r, p.referenceDate(), qualification),
                                fullTimeTeachers(r, p.referenceDate()).size(), r.staff().size())));
    }

    private static long qualifiedOn(SchoolRecords records, LocalDate day, Predicate<QualificationsRecord> qualification) {
        return fullTimeTeachers(records, day).stream().filter(s -> qualification.test(s.qualificationsOn(day))).count();
    }

    private static List<StaffRecord> professional(SchoolRecords records, LocalDate day) {
        return fullTimeTeachers(records, day).stream().filter(StaffRecord::professional).toList();
    }

    private static long dualQualified(SchoolRecords records, LocalDate day) {
        return professional(records, day).stream()
                .filter(s -> Boolean.TRUE.equals(s.qualificationsOn(day).dualQualified())).count();
    }

    private static Indicator trainings(String id, String level, String zh, String en) {
        return Indicator.of(id, zh, en, "人次").chapter("3.3")
                .defined("Teacher training attendances at " + level + " level that started in the period.")
                .from(FACULTY_TEACHER_TRAININGS)
                .computed((r, p) -> Measurement.count(r.teacherTrainings().stream()
                        .filter(t -> level.equals(t.level()) && t.startOn() != null && p.contains(t.startOn())).count(),
                        r.teacherTrainings().size()));
    }

    private static Indicator research(String id, String type, String zh, String en, String unit) {
        return Indicator.of(id, zh, en, unit).chapter("3.4.6")
                .defined("Research outputs of type " + type + " dated in the period; parts by level.")
                .from(FACULTY_RESEARCH_OUTPUTS)
                .computed((r, p) -> {
                    var outputs = r.researchOutputs().stream()
                            .filter(o -> type.equals(o.type()) && o.date() != null && p.contains(o.date())).toList();
                    Map<String, Long> byLevel = outputs.stream().collect(Collectors.groupingBy(
                            o -> String.valueOf(o.level()), TreeMap::new, Collectors.counting()));
                    return Measurement.count(outputs.size(), r.researchOutputs().size()).withParts(byLevel);
                });
    }

    /**
     * The electives whose term starts in the period. A term starts in September of its school year (term 1, autumn)
     * or in February of the calendar year after (term 2, spring), so a calendar year holds the spring term of the
     * school year before and the autumn term of the one starting in it, and a school year its own two terms.
     */
    private static List<ElectiveRecord> electives(SchoolRecords records, ReportingPeriod period) {
        return records.electives().stream().filter(e -> e.year() != null && e.term() != null)
                .filter(e -> e.term() == 1 || e.term() == 2)
                .filter(e -> period.contains(e.term() == 1 ? LocalDate.of(e.year(), 9, 1)
                        : LocalDate.of(e.year() + 1, 2, 1))).toList();
    }
}
