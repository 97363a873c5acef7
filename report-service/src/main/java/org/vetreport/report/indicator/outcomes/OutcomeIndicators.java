package org.vetreport.report.indicator.outcomes;

import static org.vetreport.platform.events.Topics.FINANCE_AID_AWARDS;
import static org.vetreport.platform.events.Topics.FINANCE_AID_PROGRAMMES;
import static org.vetreport.platform.events.Topics.STUDENT_ASSESSMENTS;
import static org.vetreport.platform.events.Topics.STUDENT_AWARDS;
import static org.vetreport.platform.events.Topics.STUDENT_CERTIFICATES;
import static org.vetreport.platform.events.Topics.STUDENT_DESTINATIONS;
import static org.vetreport.platform.events.Topics.STUDENT_STUDENTS;
import static org.vetreport.platform.events.Topics.STUDENT_SURVEYS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.vetreport.report.indicator.Indicator;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.AidAwardRecord;
import org.vetreport.report.indicator.records.AidProgrammeRecord;
import org.vetreport.report.indicator.records.AssessmentRecord;
import org.vetreport.report.indicator.records.DestinationRecord;
import org.vetreport.report.indicator.records.StudentRecord;
import org.vetreport.report.indicator.students.StudentIndicators;

/** 2 学生发展: assessments, certificates, awards, satisfaction, student aid and graduate destinations. */
public final class OutcomeIndicators {

    /** A kind of survey or aid programme as the records name it, the id it gets and its Chinese name. */
    private record Kind(String name, String id, String zh) {
    }

    private static final List<Kind> SURVEYS = List.of(
            new Kind("CLUB_ACTIVITIES", "clubActivities", "校园文化与学生社团活动满意度"),
            new Kind("CAMPUS_SAFETY", "campusSafety", "校园安全满意度"),
            new Kind("TEACHING", "teaching", "学生对教师教学满意度"),
            new Kind("GRADUATES_ON_SCHOOL", "graduatesOnSchool", "毕业生对学校满意度"),
            new Kind("CAREER_PROSPECTS", "careerProspects", "学生发展前景满意度"),
            new Kind("EMPLOYERS", "employers", "用人单位满意度"),
            new Kind("EMPLOYMENT_SERVICE", "employmentService", "毕业生对学校就业工作满意度"),
            new Kind("PARENTS", "parents", "家长满意度"));

    private static final List<Kind> AID = List.of(
            new Kind("TUITION_WAIVER", "tuitionWaiver", "免学费"),
            new Kind("NATIONAL_GRANT", "nationalGrant", "国家助学金"),
            new Kind("EDUCATION_VOUCHER", "educationVoucher", "教育券"),
            new Kind("NATIONAL_SCHOLARSHIP", "nationalScholarship", "国家奖学金"),
            new Kind("SCHOOL_GRANT", "schoolGrant", "校内助学金"),
            new Kind("FOUNDATION_GRANT", "foundationGrant", "基金会资助"),
            new Kind("ENLISTMENT_COMPENSATION", "enlistmentCompensation", "应征入伍学费补偿"),
            new Kind("JOB_SEEKING_SUBSIDY", "jobSeekingSubsidy", "求职创业补贴"),
            new Kind("OTHER", "other", "其他资助"));

    private static final List<Kind> SUBJECTS = List.of(new Kind("CHINESE", "chinese", "语文"),
            new Kind("MATH", "math", "数学"), new Kind("ENGLISH", "english", "英语"));

    private OutcomeIndicators() {
    }

    public static List<Indicator> all() {
        List<Indicator> all = new ArrayList<>();
        all.add(Indicator.of("students.culturalPassRate", "文化课合格率", "Cultural course pass rate", "%").chapter("2.1")
                .defined("Passed / taken over all cultural-course assessments counted in the report year; parts by subject.")
                .from(STUDENT_ASSESSMENTS)
                .computed((r, p) -> passRate(r, p, a -> a.of("CULTURAL", p.label()))
                        .withParts(subjectRates(r, p.label()))));
        SUBJECTS.forEach(subject -> all.add(Indicator.of("students.culturalPassRate." + subject.id(),
                        subject.zh() + "合格率", "Pass rate in " + subject.id(), "%").chapter("2.1")
                .defined("Passed / taken over the " + subject.name() + " assessments counted in the report year.")
                .from(STUDENT_ASSESSMENTS)
                .computed((r, p) -> passRate(r, p, a -> a.of("CULTURAL", p.label()) && subject.name().equals(a.subject())))));
        all.add(Indicator.of("students.skillTestPassRate", "专业技能测试合格率", "Skill test pass rate", "%").chapter("2.1")
                .defined("Passed / taken over the skill assessments counted in the report year.")
                .from(STUDENT_ASSESSMENTS)
                .computed((r, p) -> passRate(r, p, a -> a.of("SKILL", p.label()))));
        all.add(Indicator.of("students.fitnessPassRate", "体质测试合格率", "Fitness test pass rate", "%").chapter("2.1")
                .defined("Passed / tested over the fitness assessments counted in the report year.")
                .from(STUDENT_ASSESSMENTS)
                .computed((r, p) -> passRate(r, p, a -> a.of("FITNESS", p.label()))));
        all.add(Indicator.of("students.certificateRate", "技能证书获取率", "Certificate rate", "%").chapter("2.1")
                .defined("Graduates of the period holding at least one certificate issued by their graduation day / "
                        + "graduates of the period.")
                .from(STUDENT_STUDENTS, STUDENT_CERTIFICATES)
                .computed(OutcomeIndicators::certificateRate));
        all.add(Indicator.of("certificates.students", "获证学生", "Students certified", "人").chapter("2.1")
                .defined("Distinct students issued a certificate in the period; parts by kind of certificate "
                        + "(VOCATIONAL_QUALIFICATION, SKILL_LEVEL, ONE_PLUS_X, OTHER), each student counted once per kind.")
                .from(STUDENT_CERTIFICATES)
                .computed(OutcomeIndicators::certifiedStudents));
        all.add(Indicator.of("awards.students", "学生竞赛获奖", "Student competition awards", "项").chapter("2.1")
                .defined("Awards won by students in the period; parts by tier and medal, e.g. NATIONAL_INDUSTRY.GOLD.")
                .from(STUDENT_AWARDS)
                .computed(OutcomeIndicators::awards));
        SURVEYS.forEach(kind -> all.add(Indicator.of("satisfaction." + kind.id(), kind.zh(), "Satisfaction: " + kind.id(), "%")
                .chapter(surveyChapter(kind.name()))
                .defined("Satisfied / (satisfied + dissatisfied) respondents of the " + kind.name() + " survey of the "
                        + "report year; respondents who could not judge are left out.")
                .from(STUDENT_SURVEYS)
                .computed((r, p) -> satisfaction(r, p, kind.name()))));
        AID.forEach(kind -> {
            all.add(Indicator.of("aid." + kind.id() + ".students", kind.zh() + "资助人次", "Aid awards: " + kind.id(), "人次")
                    .chapter("2.3")
                    .defined("Students paid by " + kind.name() + " programmes in the period, each counted once per "
                            + "term; parts by school year and term (2020-1 is autumn 2020).")
                    .from(FINANCE_AID_AWARDS, FINANCE_AID_PROGRAMMES)
                    .computed((r, p) -> aidStudents(r, p, kind.name())));
            all.add(Indicator.of("aid." + kind.id() + ".amount", kind.zh() + "资助金额", "Aid paid: " + kind.id(), "万元")
                    .chapter("2.3")
                    .defined("Amount paid by " + kind.name() + " programmes in the period; parts by school year and term.")
                    .from(FINANCE_AID_AWARDS, FINANCE_AID_PROGRAMMES)
                    .computed((r, p) -> aidAmount(r, p, kind.name())));
        });
        all.addAll(employment());
        return all;
    }

    /** Where the seed report quotes each survey: prospects under 职业发展, employers and employment under 社会贡献. */
    private static String surveyChapter(String survey) {
        return switch (survey) {
            case "CAREER_PROSPECTS" -> "2.5";
            case "EMPLOYERS", "EMPLOYMENT_SERVICE" -> "5.1";
            default -> "2.2";
        };
    }

    private static Measurement passRate(SchoolRecords records, ReportingPeriod period, Predicate<AssessmentRecord> which) {
        List<AssessmentRecord> taken = records.assessments().stream().filter(which).toList();
        long passed = taken.stream().filter(a -> Boolean.TRUE.equals(a.passed())).count();
        return Measurement.rate(passed, taken.size(), records.assessments().size());
    }

    private static Map<String, BigDecimal> subjectRates(SchoolRecords records, int year) {
        Map<String, List<AssessmentRecord>> bySubject = records.assessments().stream()
                .filter(a -> a.of("CULTURAL", year)).collect(Collectors.groupingBy(AssessmentRecord::subject, TreeMap::new,
                        Collectors.toList()));
        Map<String, BigDecimal> rates = new TreeMap<>();
        bySubject.forEach((subject, taken) -> rates.put(subject, Measurement.rate(
                taken.stream().filter(a -> Boolean.TRUE.equals(a.passed())).count(), taken.size(), taken.size()).value()));
        return rates;
    }

    private static Measurement certificateRate(SchoolRecords records, ReportingPeriod period) {
        List<StudentRecord> graduates = StudentIndicators.graduates(records, period);
        Map<String, LocalDate> firstCertificate = records.certificates().stream()
                .filter(c -> c.issuedOn() != null)
                .collect(Collectors.toMap(c -> c.studentNo(), c -> c.issuedOn(), (a, b) -> a.isBefore(b) ? a : b));
        long certified = graduates.stream().filter(s -> {
            LocalDate first = firstCertificate.get(s.studentNo());
            return first != null && !first.isAfter(s.graduatedOn().orElseThrow());
        }).count();
        return Measurement.rate(certified, graduates.size(), records.students().size() + records.certificates().size());
    }

    private static Measurement certifiedStudents(SchoolRecords records, ReportingPeriod period) {
        var issued = records.certificates().stream().filter(c -> c.issuedOn() != null && period.contains(c.issuedOn()))
                .toList();
        Map<String, Long> byKind = issued.stream().collect(Collectors.groupingBy(c -> String.valueOf(c.kind()),
                TreeMap::new, Collectors.mapping(c -> c.studentNo(), Collectors.collectingAndThen(Collectors.toSet(),
                        students -> (long) students.size()))));
        return Measurement.count(issued.stream().map(c -> c.studentNo()).distinct().count(), records.certificates().size())
                .withParts(byKind);
    }

    private static Measurement awards(SchoolRecords records, ReportingPeriod period) {
        var inPeriod = records.awards().stream().filter(a -> a.awardedOn() != null && period.contains(a.awardedOn())).toList();
        Map<String, Long> byTierAndMedal = inPeriod.stream().collect(Collectors.groupingBy(
                a -> a.tier() + "." + a.medal(), TreeMap::new, Collectors.counting()));
        return Measurement.count(inPeriod.size(), records.awards().size()).withParts(byTierAndMedal);
    }

    private static Measurement satisfaction(SchoolRecords records, ReportingPeriod period, String kind) {
        var surveys = records.surveys().stream()
                .filter(s -> kind.equals(s.survey()) && s.year() != null && s.year() == period.label()).toList();
        long satisfied = surveys.stream().mapToLong(s -> s.satisfied() == null ? 0 : s.satisfied()).sum();
        long dissatisfied = surveys.stream().mapToLong(s -> s.dissatisfied() == null ? 0 : s.dissatisfied()).sum();
        return Measurement.rate(satisfied, satisfied + dissatisfied, records.surveys().size());
    }

    private static List<AidAwardRecord> aid(SchoolRecords records, ReportingPeriod period, String kind) {
        Set<String> programmes = records.aidProgrammes().stream().filter(p -> kind.equals(p.kind()))
                .map(AidProgrammeRecord::code).collect(Collectors.toSet());
        return records.aidAwards().stream().filter(a -> programmes.contains(a.programmeCode()))
                .filter(a -> a.paidOn() != null && period.contains(a.paidOn())).toList();
    }

    private static String term(AidAwardRecord award) {
        return award.year() + "-" + award.term();
    }

    private static Measurement aidStudents(SchoolRecords records, ReportingPeriod period, String kind) {
        List<AidAwardRecord> paid = aid(records, period, kind);
        Map<String, Long> byTerm = paid.stream().collect(Collectors.groupingBy(OutcomeIndicators::term, TreeMap::new,
                Collectors.mapping(AidAwardRecord::studentNo, Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        long students = byTerm.values().stream().mapToLong(Long::longValue).sum();
        return Measurement.count(students, records.aidAwards().size()).withParts(byTerm);
    }

    private static Measurement aidAmount(SchoolRecords records, ReportingPeriod period, String kind) {
        List<AidAwardRecord> paid = aid(records, period, kind);
        Map<String, BigDecimal> byTerm = paid.stream().collect(Collectors.groupingBy(OutcomeIndicators::term, TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, AidAwardRecord::amount, BigDecimal::add)));
        BigDecimal total = byTerm.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> tenThousands = new TreeMap<>();
        byTerm.forEach((term, yuan) -> tenThousands.put(term, Measurement.tenThousandYuan(yuan, 0).value()));
        return Measurement.tenThousandYuan(total, records.aidAwards().size()).withParts(tenThousands);
    }

    /**
     * The destinations of the graduates of the period: a destination counts only for a student who graduated in it,
     * so every employment figure is of the same graduates as the rates' denominator and no rate exceeds 100 %.
     */
    private static List<DestinationRecord> destinations(SchoolRecords records, ReportingPeriod period) {
        Set<String> graduates = StudentIndicators.graduates(records, period).stream().map(StudentRecord::studentNo)
                .collect(Collectors.toSet());
        return records.destinations().stream().filter(d -> graduates.contains(d.studentNo())).toList();
    }

    private static List<DestinationRecord> working(SchoolRecords records, ReportingPeriod period) {
        return destinations(records, period).stream().filter(DestinationRecord::directlyEmployed).toList();
    }

    private static long sources(SchoolRecords records) {
        return records.destinations().size() + records.students().size();
    }

    private static List<Indicator> employment() {
        return List.of(
                Indicator.of("employment.rate", "就业率", "Employment rate", "%").chapter("2.4")
                        .defined("Graduates of the period employed, self-employed, enlisted or in further education / "
                                + "graduates of the period; a destination counts only for a student who graduated in "
                                + "the period.")
                        .from(STUDENT_STUDENTS, STUDENT_DESTINATIONS)
                        .computed((r, p) -> Measurement.rate(destinations(r, p).stream()
                                        .filter(d -> d.directlyEmployed() || d.furtherEducation() || "ENLISTED".equals(d.destination()))
                                        .count(), StudentIndicators.graduates(r, p).size(), sources(r))),
                Indicator.of("employment.employed", "直接就业人数", "Graduates working", "人").chapter("2.4")
                        .defined("Graduates of the period who are employed or self-employed (直接就业).")
                        .from(STUDENT_STUDENTS, STUDENT_DESTINATIONS)
                        .computed((r, p) -> Measurement.count(working(r, p).size(), sources(r))),
                Indicator.of("employment.relevantRate", "专业对口率", "Employment relevant to the major", "%").chapter("2.4")
                        .defined("Graduates of the period working in a job relevant to their major / graduates working "
                                + "(employed or self-employed); further education and enlistment are not in the "
                                + "denominator.")
                        .from(STUDENT_STUDENTS, STUDENT_DESTINATIONS)
                        .computed((r, p) -> {
                            List<DestinationRecord> working = working(r, p);
                            return Measurement.rate(working.stream().filter(d -> Boolean.TRUE.equals(d.relevantToMajor())).count(),
                                    working.size(), sources(r));
                        }),
                Indicator.of("employment.startingSalary", "初次就业平均工资", "Mean first monthly salary", "元").chapter("2.4")
                        .defined("Mean first monthly salary of the graduates of the period working, over those whose "
                                + "salary is recorded.")
                        .from(STUDENT_STUDENTS, STUDENT_DESTINATIONS)
                        .computed((r, p) -> {
                            List<BigDecimal> salaries = working(r, p).stream()
                                    .map(DestinationRecord::firstMonthlySalary).filter(Objects::nonNull).toList();
                            return Measurement.mean(salaries.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                                    salaries.size(), 0, sources(r));
                        }),
                Indicator.of("employment.furtherEducation", "升学人数", "Graduates in further education", "人").chapter("2.4")
                        .defined("Graduates of the period who went on to further education.")
                        .from(STUDENT_STUDENTS, STUDENT_DESTINATIONS)
                        .computed((r, p) -> Measurement.count(destinations(r, p).stream()
                                .filter(DestinationRecord::furtherEducation).count(), sources(r))),
                Indicator.of("employment.furtherEducationRate", "升学比例", "Further education rate", "%").chapter("2.4")
                        .defined("Graduates of the period in further education / graduates of the period.")
                        .from(STUDENT_STUDENTS, STUDENT_DESTINATIONS)
                        .computed((r, p) -> Measurement.rate(destinations(r, p).stream()
                                        .filter(DestinationRecord::furtherEducation).count(),
                                StudentIndicators.graduates(r, p).size(), sources(r))),
                Indicator.of("employment.local", "本地就业", "Graduates working locally", "人").chapter("5.1")
                        .defined("Graduates of the period working (employed or self-employed) in the school's city.")
                        .from(STUDENT_STUDENTS, STUDENT_DESTINATIONS)
                        .computed((r, p) -> Measurement.count(working(r, p).stream()
                                .filter(d -> Boolean.TRUE.equals(d.local())).count(), sources(r))),
                Indicator.of("employment.localRate", "本地就业率", "Share of working graduates working locally", "%")
                        .chapter("5.1")
                        .defined("Graduates of the period working in the school's city / graduates of the period "
                                + "working (employed or self-employed): the 服务贡献 chapter's share of graduates who "
                                + "stay to serve the local economy.")
                        .from(STUDENT_STUDENTS, STUDENT_DESTINATIONS)
                        .computed((r, p) -> {
                            List<DestinationRecord> working = working(r, p);
                            return Measurement.rate(working.stream().filter(d -> Boolean.TRUE.equals(d.local())).count(),
                                    working.size(), sources(r));
                        }));
    }
}
