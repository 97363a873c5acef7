package org.vetreport.report.indicator.programmes;

import static org.vetreport.platform.events.Topics.STUDENT_ACTIVITIES;
import static org.vetreport.platform.events.Topics.STUDENT_AWARDS;
import static org.vetreport.platform.events.Topics.STUDENT_MAJORS;
import static org.vetreport.platform.events.Topics.STUDENT_STUDENTS;
import static org.vetreport.platform.events.Topics.TRAINING_APPRENTICESHIPS;
import static org.vetreport.platform.events.Topics.TRAINING_HOSTED_CONTESTS;
import static org.vetreport.platform.events.Topics.TRAINING_INTERNSHIPS;
import static org.vetreport.platform.events.Topics.TRAINING_PARTNERS;
import static org.vetreport.platform.events.Topics.TRAINING_SESSIONS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vetreport.report.indicator.Indicator;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.ActivityRecord;
import org.vetreport.report.indicator.records.ApprenticeshipRecord;
import org.vetreport.report.indicator.records.AwardRecord;
import org.vetreport.report.indicator.records.HostedContestRecord;
import org.vetreport.report.indicator.records.InternshipRecord;
import org.vetreport.report.indicator.records.MajorRecord;
import org.vetreport.report.indicator.records.PartnerRecord;
import org.vetreport.report.indicator.records.StudentRecord;
import org.vetreport.report.indicator.records.TrainingSessionRecord;
import org.vetreport.report.indicator.students.StudentIndicators;

/**
 * Chapters 3–5: majors, modern apprenticeship, placements, partners, enterprise workstations, social training by
 * audience, hosted contests, student activities and the international cooperation the records show.
 */
public final class ProgrammeIndicators {

    /** A category as the records name it, the id it gets and its Chinese name. */
    private record Kind(String name, String id, String zh) {
    }

    private static final List<Kind> AUDIENCES = List.of(
            new Kind("SOCIAL", "social", "社会人员"),
            new Kind("ENTERPRISE_STAFF", "enterpriseStaff", "企业职工"),
            new Kind("UNEMPLOYED", "unemployed", "下岗失业人员"),
            new Kind("RURAL", "rural", "农村劳动力"),
            new Kind("VETERANS", "veterans", "退役军人"),
            new Kind("DISABLED", "disabled", "残疾人"),
            new Kind("CORRECTIONAL", "correctional", "戒毒及服刑人员"));

    private static final List<Kind> PARTNER_KINDS = List.of(
            new Kind("APPRENTICESHIP", "apprenticeship", "现代学徒制合作企业"),
            new Kind("INTERNSHIP_BASE", "internshipBases", "校外实习基地"),
            new Kind("CO_BUILT_LAB", "coBuiltLabs", "校企共建实训室合作单位"),
            new Kind("INDUSTRY_COLLEGE", "industryColleges", "产业学院合作单位"),
            new Kind("GROUP_MEMBER", "groupMembers", "职教集团成员单位"),
            new Kind("TRAINING_CLIENT", "trainingClients", "培训委托单位"));

    private ProgrammeIndicators() {
    }

    public static List<Indicator> all() {
        List<Indicator> all = new ArrayList<>(List.of(
                Indicator.of("majors.count", "专业数", "Majors", "个").chapter("3.1")
                        .defined("Majors open at the reference date (opened on or before it, not closed by it).")
                        .from(STUDENT_MAJORS)
                        .computed((r, p) -> Measurement.count(openMajors(r, p).size(), r.majors().size())),
                Indicator.of("majors.groups", "专业群", "Major groups", "个").chapter("3.1")
                        .defined("Distinct groups of the majors open at the reference date; a major without a group "
                                + "is not counted.")
                        .from(STUDENT_MAJORS)
                        .computed((r, p) -> Measurement.count(openMajors(r, p).stream().map(MajorRecord::group)
                                .filter(Objects::nonNull).distinct().count(), r.majors().size())),
                Indicator.of("apprenticeship.students", "现代学徒制学生", "Apprentices", "人").chapter("3.2.2")
                        .defined("Distinct students named by the apprenticeship programmes of the report year.")
                        .from(TRAINING_APPRENTICESHIPS)
                        .computed((r, p) -> Measurement.count(apprenticeships(r, p).stream()
                                .flatMap(a -> a.studentNos() == null ? Stream.<String>empty() : a.studentNos().stream())
                                .distinct().count(), r.apprenticeships().size())),
                Indicator.of("apprenticeship.studentsInTraining", "在培学徒", "Apprentices in training", "人")
                        .chapter("3.2.2")
                        .defined("Distinct students named by apprenticeship classes that started in or before the report "
                                + "year and who are enrolled at the reference date: the stock of apprentices, where "
                                + "apprenticeship.students counts only the classes starting in the year.")
                        .from(TRAINING_APPRENTICESHIPS, STUDENT_STUDENTS)
                        .computed(ProgrammeIndicators::apprenticesInTraining),
                Indicator.of("apprenticeship.mentors", "企业师傅", "Enterprise mentors", "人").chapter("3.2.2")
                        .defined("Enterprise mentors of the apprenticeship programmes of the report year, summed.")
                        .from(TRAINING_APPRENTICESHIPS)
                        .computed((r, p) -> sumOf(apprenticeships(r, p), ApprenticeshipRecord::mentors,
                                r.apprenticeships().size())),
                Indicator.of("apprenticeship.courses", "企业师傅授课", "Courses taught by mentors", "门").chapter("3.2.2")
                        .defined("Courses taught by enterprise mentors in the apprenticeship programmes of the report "
                                + "year, summed.")
                        .from(TRAINING_APPRENTICESHIPS)
                        .computed((r, p) -> sumOf(apprenticeships(r, p), ApprenticeshipRecord::courses,
                                r.apprenticeships().size())),
                Indicator.of("internships.students", "顶岗实习学生", "Students on placement", "人").chapter("4.2")
                        .defined("Distinct students with a placement (顶岗实习) overlapping the period.")
                        .from(TRAINING_INTERNSHIPS)
                        .computed((r, p) -> Measurement.count(placedStudents(r, p, any()), r.internships().size())),
                Indicator.of("internships.hired", "实习留用", "Placed students hired by the host", "人").chapter("4.2")
                        .defined("Distinct students with a placement overlapping the period whose host hired them.")
                        .from(TRAINING_INTERNSHIPS)
                        .computed((r, p) -> Measurement.count(
                                placedStudents(r, p, i -> Boolean.TRUE.equals(i.hiredByHost())), r.internships().size())),
                Indicator.of("internships.relevantRate", "实习专业对口率", "Placements relevant to the major", "%")
                        .chapter("4.2")
                        .defined("Students placed in the period in a placement relevant to their major / students "
                                + "placed in the period.")
                        .from(TRAINING_INTERNSHIPS)
                        .computed((r, p) -> Measurement.rate(
                                placedStudents(r, p, i -> Boolean.TRUE.equals(i.relevantToMajor())),
                                placedStudents(r, p, any()), r.internships().size())),
                Indicator.of("internships.insuredRate", "实习保险覆盖率", "Placements insured", "%").chapter("4.2")
                        .defined("Students placed in the period whose placement is insured / students placed in "
                                + "the period.")
                        .from(TRAINING_INTERNSHIPS)
                        .computed((r, p) -> Measurement.rate(
                                placedStudents(r, p, i -> Boolean.TRUE.equals(i.insured())),
                                placedStudents(r, p, any()), r.internships().size())),
                Indicator.of("internships.enterpriseWorkstations", "企业提供实训工位", "Workstations provided by partners",
                        "个").chapter("4.2")
                        .defined("Workstations provided by partners that are active at the reference date.")
                        .from(TRAINING_PARTNERS)
                        .computed((r, p) -> sumOf(r.partners().stream()
                                        .filter(partner -> partner.activeOn(p.referenceDate())).toList(),
                                partner -> partner.workstationsProvided(), r.partners().size())),
                Indicator.of("training.headcount", "技术技能培训人次", "Training headcount", "人次").chapter("5.2.1")
                        .defined("Trainees (人次) of the training sessions for people outside the school that "
                                + "finished in the period (flow): 社会培训, which the seed also quotes as 全年度技术技能培训"
                                + "人次; the school's own students appraised are training.appraisalsInSchool. Parts by "
                                + "audience.")
                        .from(TRAINING_SESSIONS)
                        .computed((r, p) -> {
                            List<TrainingSessionRecord> social = sessions(r, p, s -> !s.inSchool());
                            Map<String, Long> byAudience = social.stream().collect(Collectors.groupingBy(
                                    s -> String.valueOf(s.audience()), TreeMap::new,
                                    Collectors.summingLong(s -> s.trainees() == null ? 0 : s.trainees())));
                            return sumOf(social, TrainingSessionRecord::trainees, r.trainingSessions().size())
                                    .withParts(byAudience);
                        }),
                Indicator.of("training.appraisalsInSchool", "校内培训鉴定", "In-school trainees appraised", "人")
                        .chapter("5.2.1")
                        .defined("Appraised trainees of the in-school sessions that finished in the period.")
                        .from(TRAINING_SESSIONS)
                        .computed((r, p) -> sumOf(sessions(r, p, TrainingSessionRecord::inSchool),
                                TrainingSessionRecord::appraised, r.trainingSessions().size())),
                Indicator.of("training.headcountToStudents", "社会培训与在校生比", "Training headcount per student",
                        "x:1").chapter("5.2.1")
                        .defined("training.headcount / students.enrolled at the reference date.")
                        .from(TRAINING_SESSIONS, STUDENT_STUDENTS)
                        .computed((r, p) -> Measurement.ratio(
                                sumOf(sessions(r, p, s -> !s.inSchool()), TrainingSessionRecord::trainees, 0).numerator(),
                                BigDecimal.valueOf(StudentIndicators.enrolled(r, p.referenceDate())), 2,
                                r.trainingSessions().size() + r.students().size())),
                Indicator.of("training.passRate", "培训通过率", "Training pass rate", "%").chapter("5.2.1")
                        .defined("Passed / appraised over all training sessions that finished in the period.")
                        .from(TRAINING_SESSIONS)
                        .computed((r, p) -> {
                            List<TrainingSessionRecord> finished = sessions(r, p, any());
                            return Measurement.rate(
                                    sumOf(finished, TrainingSessionRecord::passed, 0).numerator(),
                                    sumOf(finished, TrainingSessionRecord::appraised, 0).numerator(),
                                    r.trainingSessions().size());
                        }),
                Indicator.of("training.occupations", "涉及工种", "Occupations trained", "个").chapter("5.2.1")
                        .defined("Distinct occupations (工种) of the training sessions that finished in the period.")
                        .from(TRAINING_SESSIONS)
                        .computed((r, p) -> Measurement.count(sessions(r, p, any()).stream()
                                .map(TrainingSessionRecord::occupation).filter(Objects::nonNull).distinct().count(),
                                r.trainingSessions().size())),
                Indicator.of("training.supportRegions", "对口支援地区", "Regions supported", "个").chapter("5.3")
                        .defined("Distinct regions (对口支援) named by the training sessions that finished in the period.")
                        .from(TRAINING_SESSIONS)
                        .computed((r, p) -> Measurement.count(sessions(r, p, any()).stream()
                                .map(TrainingSessionRecord::region).filter(Objects::nonNull).distinct().count(),
                                r.trainingSessions().size())),
                Indicator.of("contests.hosted", "承办赛事", "Contests hosted", "次").chapter("5.2.2")
                        .defined("Contests of provincial level or above hosted or co-hosted (承办, 协办), beginning in the period; parts by level.")
                        .from(TRAINING_HOSTED_CONTESTS)
                        .computed((r, p) -> {
                            List<HostedContestRecord> hosted = hosted(r, p).stream()
                                    .filter(HostedContestRecord::provincialOrAbove).toList();
                            return Measurement.count(hosted.size(), r.hostedContests().size()).withParts(
                                    hosted.stream().collect(Collectors.groupingBy(c -> String.valueOf(c.level()),
                                            TreeMap::new, Collectors.counting())));
                        }),
                Indicator.of("activities.clubs", "学生社团", "Student clubs", "个").chapter("3.5.4")
                        .defined("Clubs active at the reference date.")
                        .from(STUDENT_ACTIVITIES)
                        .computed((r, p) -> Measurement.count(r.activities().stream()
                                .filter(a -> a.activeClubOn(p.referenceDate())).count(), r.activities().size())),
                Indicator.of("activities.clubEvents", "社团活动", "Club events", "次").chapter("3.5.4")
                        .defined("Club events dated in the period.")
                        .from(STUDENT_ACTIVITIES)
                        .computed((r, p) -> Measurement.count(events(r, p, "CLUB_EVENT"), r.activities().size())),
                Indicator.of("activities.volunteerEvents", "志愿服务", "Volunteer events", "次").chapter("3.5.3")
                        .defined("Volunteer events dated in the period.")
                        .from(STUDENT_ACTIVITIES)
                        .computed((r, p) -> Measurement.count(events(r, p, "VOLUNTEER_EVENT"), r.activities().size()))));
        all.addAll(activities());
        all.addAll(socialTraining());
        all.addAll(partnerships());
        all.addAll(international());
        return all;
    }

    /** 文化传承 (2024) and 校园文化活动 (2016, 3.5.3–3.5.4): events and the students taking part. */
    private static List<Indicator> activities() {
        return List.of(
                Indicator.of("activities.cultureEvents", "校园文化活动", "Culture events", "次").chapter("3.5.3")
                        .defined("Campus culture events (CULTURE_EVENT) dated in the period.")
                        .from(STUDENT_ACTIVITIES)
                        .computed((r, p) -> Measurement.count(events(r, p, "CULTURE_EVENT"), r.activities().size())),
                Indicator.of("activities.sportsEvents", "体育活动", "Sports events", "次").chapter("3.5.3")
                        .defined("Sports events (SPORTS_EVENT) dated in the period.")
                        .from(STUDENT_ACTIVITIES)
                        .computed((r, p) -> Measurement.count(events(r, p, "SPORTS_EVENT"), r.activities().size())),
                Indicator.of("activities.volunteerParticipants", "志愿服务人次", "Volunteer participations", "人次")
                        .chapter("3.5.3")
                        .defined("Students taking part in the volunteer events dated in the period, summed over events.")
                        .from(STUDENT_ACTIVITIES)
                        .computed((r, p) -> sumOf(r.activities().stream().filter(a -> "VOLUNTEER_EVENT".equals(a.kind()))
                                .filter(a -> a.date() != null && p.contains(a.date())).toList(),
                                ActivityRecord::participants, r.activities().size())),
                Indicator.of("activities.clubMembers", "社团成员", "Club members", "人次").chapter("3.5.4")
                        .defined("Members of the clubs active at the reference date, summed over clubs (a student in "
                                + "two clubs counts twice).")
                        .from(STUDENT_ACTIVITIES)
                        .computed((r, p) -> sumOf(r.activities().stream()
                                .filter(a -> a.activeClubOn(p.referenceDate())).toList(),
                                ActivityRecord::participants, r.activities().size())));
    }

    /** 社会培训 by audience (服务贡献 in the 2024 outline). */
    private static List<Indicator> socialTraining() {
        List<Indicator> byAudience = new ArrayList<>();
        for (Kind audience : AUDIENCES) {
            byAudience.add(Indicator.of("training.headcount." + audience.id(), audience.zh() + "培训人次",
                            "Training headcount: " + audience.id(), "人次").chapter("5.2.1")
                    .defined("Trainees (人次) of the training sessions for " + audience.name()
                            + " that finished in the period.")
                    .from(TRAINING_SESSIONS)
                    .computed((r, p) -> sumOf(sessions(r, p, s -> audience.name().equals(s.audience())),
                            TrainingSessionRecord::trainees, r.trainingSessions().size())));
        }
        return byAudience;
    }

    /** 校企合作 / 产教融合: the partners cooperating on the reference date, in all and by way of cooperation. */
    private static List<Indicator> partnerships() {
        List<Indicator> partnerships = new ArrayList<>();
        partnerships.add(Indicator.of("partners.count", "校企合作单位", "Partners", "个").chapter("4.1")
                .defined("Enterprises and institutions cooperating with the school on the reference date (since on or "
                        + "before it, until not before it); parts by way of cooperation, a partner counted once in "
                        + "each of its ways.")
                .from(TRAINING_PARTNERS)
                .computed((r, p) -> {
                    List<PartnerRecord> active = activePartners(r, p);
                    Map<String, Long> byKind = active.stream()
                            .flatMap(partner -> partner.kinds() == null ? Stream.<String>empty() : partner.kinds().stream())
                            .collect(Collectors.groupingBy(kind -> kind, TreeMap::new, Collectors.counting()));
                    return Measurement.count(active.size(), r.partners().size()).withParts(byKind);
                }));
        for (Kind kind : PARTNER_KINDS) {
            partnerships.add(Indicator.of("partners." + kind.id(), kind.zh(), "Partners: " + kind.id(), "个")
                    .chapter(kind.name().equals("GROUP_MEMBER") ? "4.3" : "4.1")
                    .defined("Partners cooperating on the reference date as " + kind.name() + ".")
                    .from(TRAINING_PARTNERS)
                    .computed((r, p) -> Measurement.count(activePartners(r, p).stream()
                            .filter(partner -> partner.kinds() != null && partner.kinds().contains(kind.name())).count(),
                            r.partners().size())));
        }
        return partnerships;
    }

    /** 国际合作: what the records hold of it, a cooperative programme's students and international contests. */
    private static List<Indicator> international() {
        return List.of(
                Indicator.of("international.cooperativeStudents", "中外合作项目在校生", "Students of the Sino-foreign "
                                + "programme", "人").chapter("3.2.3")
                        .defined("Full-time students enrolled at the reference date in the SINO_GERMAN programme (中德班), "
                                + "the only Sino-foreign programme the student records name.")
                        .from(STUDENT_STUDENTS)
                        .computed((r, p) -> Measurement.count(r.students().stream().filter(StudentRecord::fullTime)
                                .filter(s -> "SINO_GERMAN".equals(s.programme()))
                                .filter(s -> s.enrolledOn(p.referenceDate())).count(), r.students().size())),
                Indicator.of("international.contestsHosted", "承办国际赛事", "International contests hosted", "次")
                        .chapter("5.2.2")
                        .defined("Contests of INTERNATIONAL level hosted or co-hosted, beginning in the period.")
                        .from(TRAINING_HOSTED_CONTESTS)
                        .computed((r, p) -> Measurement.count(hosted(r, p).stream()
                                .filter(c -> "INTERNATIONAL".equals(c.level())).count(), r.hostedContests().size())),
                Indicator.of("international.awards", "国际级竞赛获奖", "International competition awards", "项")
                        .chapter("2.1")
                        .defined("Awards won by students in the period at competitions of INTERNATIONAL tier; parts by "
                                + "medal.")
                        .from(STUDENT_AWARDS)
                        .computed((r, p) -> {
                            List<AwardRecord> won = r.awards().stream().filter(a -> "INTERNATIONAL".equals(a.tier()))
                                    .filter(a -> a.awardedOn() != null && p.contains(a.awardedOn())).toList();
                            return Measurement.count(won.size(), r.awards().size()).withParts(won.stream().collect(
                                    Collectors.groupingBy(a -> String.valueOf(a.medal()), TreeMap::new,
                                            Collectors.counting())));
                        }));
    }

    private static List<PartnerRecord> activePartners(SchoolRecords records, ReportingPeriod period) {
        return records.partners().stream().filter(partner -> partner.activeOn(period.referenceDate())).toList();
    }

    private static List<HostedContestRecord> hosted(SchoolRecords records, ReportingPeriod period) {
        return records.hostedContests().stream().filter(c -> c.date() != null && period.contains(c.date())).toList();
    }

    private static List<MajorRecord> openMajors(SchoolRecords records, ReportingPeriod period) {
        return records.majors().stream().filter(major -> major.openOn(period.referenceDate())).toList();
    }

    /** Apprenticeship programmes are labelled by the year they run in, which is the report's label. */
    private static List<ApprenticeshipRecord> apprenticeships(SchoolRecords records, ReportingPeriod period) {
        return records.apprenticeships().stream()
                .filter(a -> a.year() != null && a.year() == period.label()).toList();
    }

    private static Measurement apprenticesInTraining(SchoolRecords records, ReportingPeriod period) {
        Set<String> named = records.apprenticeships().stream()
                .filter(a -> a.year() != null && a.year() <= period.label())
                .flatMap(a -> a.studentNos() == null ? Stream.<String>empty() : a.studentNos().stream())
                .collect(Collectors.toSet());
        return Measurement.count(records.students().stream().filter(s -> named.contains(s.studentNo()))
                        .filter(s -> s.enrolledOn(period.referenceDate())).map(StudentRecord::studentNo).distinct().count(),
                records.apprenticeships().size() + records.students().size());
    }

    private static long placedStudents(SchoolRecords records, ReportingPeriod period,
                                       Predicate<InternshipRecord> condition) {
        return records.internships().stream().filter(InternshipRecord::placement)
                .filter(i -> i.overlaps(period.from(), period.to())).filter(condition)
                .map(InternshipRecord::studentNo).distinct().count();
    }

    private static List<TrainingSessionRecord> sessions(SchoolRecords records, ReportingPeriod period,
                                                        Predicate<TrainingSessionRecord> condition) {
        return records.trainingSessions().stream()
                .filter(s -> s.finishedOn() != null && period.contains(s.finishedOn())).filter(condition).toList();
    }

    private static long events(SchoolRecords records, ReportingPeriod period, String kind) {
        return records.activities().stream().filter(a -> kind.equals(a.kind()))
                .filter(a -> a.date() != null && period.contains(a.date())).count();
    }

    /** Sums a count field; a record that leaves it out adds nothing. */
    private static <T> Measurement sumOf(List<T> items, Function<T, Integer> field, long records) {
        long total = items.stream().map(field).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
        return Measurement.count(total, records);
    }

    private static <T> Predicate<T> any() {
        return item -> true;
    }
}
