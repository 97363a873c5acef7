package org.vetreport.report.indicator.programmes;

import static org.vetreport.platform.events.Topics.STUDENT_ACTIVITIES;
import static org.vetreport.platform.events.Topics.STUDENT_MAJORS;
import static org.vetreport.platform.events.Topics.STUDENT_STUDENTS;
import static org.vetreport.platform.events.Topics.TRAINING_APPRENTICESHIPS;
import static org.vetreport.platform.events.Topics.TRAINING_HOSTED_CONTESTS;
import static org.vetreport.platform.events.Topics.TRAINING_INTERNSHIPS;
import static org.vetreport.platform.events.Topics.TRAINING_PARTNERS;
import static org.vetreport.platform.events.Topics.TRAINING_SESSIONS;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.function.Function;
import org.vetreport.report.indicator.Indicator;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.ApprenticeshipRecord;
import org.vetreport.report.indicator.records.InternshipRecord;
import org.vetreport.report.indicator.records.MajorRecord;
import org.vetreport.report.indicator.records.TrainingSessionRecord;
import org.vetreport.report.indicator.students.StudentIndicators;

/**
 * Chapters 3–5: majors, modern apprenticeship, placements, enterprise workstations, social training, hosted contests
 * and student activities.
 */
public final class ProgrammeIndicators {

    private ProgrammeIndicators() {
    }

    public static List<Indicator> all() {
        return List.of(
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
                Indicator.of("apprenticeship.students", "现代学徒制学生", "Apprentices", "人").chapter("3.2")
                        .defined("Distinct students named by the apprenticeship programmes of the report year.")
                        .from(TRAINING_APPRENTICESHIPS)
                        .computed((r, p) -> Measurement.count(apprenticeships(r, p).stream()
                                .flatMap(a -> a.studentNos() == null ? Stream.<String>empty() : a.studentNos().stream())
                                .distinct().count(), r.apprenticeships().size())),
                Indicator.of("apprenticeship.mentors", "企业师傅", "Enterprise mentors", "人").chapter("3.2")
                        .defined("Enterprise mentors of the apprenticeship programmes of the report year, summed.")
                        .from(TRAINING_APPRENTICESHIPS)
                        .computed((r, p) -> sumOf(apprenticeships(r, p), ApprenticeshipRecord::mentors,
                                r.apprenticeships().size())),
                Indicator.of("apprenticeship.courses", "企业师傅授课", "Courses taught by mentors", "门").chapter("3.2")
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
                        "个").chapter("4.1")
                        .defined("Workstations provided by partners that are active at the reference date.")
                        .from(TRAINING_PARTNERS)
                        .computed((r, p) -> sumOf(r.partners().stream()
                                        .filter(partner -> partner.activeOn(p.referenceDate())).toList(),
                                partner -> partner.workstationsProvided(), r.partners().size())),
                Indicator.of("training.headcount", "技术技能培训人次", "Training headcount", "人次").chapter("5.1")
                        .defined("Trainees (人次) of the training sessions for people outside the school that "
                                + "finished in the period (flow).")
                        .from(TRAINING_SESSIONS)
                        .computed((r, p) -> sumOf(sessions(r, p, s -> !s.inSchool()), TrainingSessionRecord::trainees,
                                r.trainingSessions().size())),
                Indicator.of("training.appraisalsInSchool", "校内培训鉴定", "In-school trainees appraised", "人")
                        .chapter("5.1")
                        .defined("Appraised trainees of the in-school sessions that finished in the period.")
                        .from(TRAINING_SESSIONS)
                        .computed((r, p) -> sumOf(sessions(r, p, TrainingSessionRecord::inSchool),
                                TrainingSessionRecord::appraised, r.trainingSessions().size())),
                Indicator.of("training.headcountToStudents", "社会培训与在校生比", "Training headcount per student",
                        "x:1").chapter("5.1")
                        .defined("training.headcount / students.enrolled at the reference date.")
                        .from(TRAINING_SESSIONS, STUDENT_STUDENTS)
                        .computed((r, p) -> Measurement.ratio(
                                sumOf(sessions(r, p, s -> !s.inSchool()), TrainingSessionRecord::trainees, 0).numerator(),
                                BigDecimal.valueOf(StudentIndicators.enrolled(r, p.referenceDate())), 2,
                                r.trainingSessions().size() + r.students().size())),
                Indicator.of("training.passRate", "培训通过率", "Training pass rate", "%").chapter("5.1")
                        .defined("Passed / appraised over all training sessions that finished in the period.")
                        .from(TRAINING_SESSIONS)
                        .computed((r, p) -> {
                            List<TrainingSessionRecord> finished = sessions(r, p, any());
                            return Measurement.rate(
                                    sumOf(finished, TrainingSessionRecord::passed, 0).numerator(),
                                    sumOf(finished, TrainingSessionRecord::appraised, 0).numerator(),
                                    r.trainingSessions().size());
                        }),
                Indicator.of("training.occupations", "涉及工种", "Occupations trained", "个").chapter("5.1")
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
                Indicator.of("contests.hosted", "承办赛事", "Contests hosted", "次").chapter("5.2")
                        .defined("Contests of provincial level or above hosted or co-hosted on a day in the period.")
                        .from(TRAINING_HOSTED_CONTESTS)
                        .computed((r, p) -> Measurement.count(r.hostedContests().stream()
                                .filter(c -> c.date() != null && p.contains(c.date()))
                                .filter(c -> c.provincialOrAbove()).count(), r.hostedContests().size())),
                Indicator.of("activities.clubs", "学生社团", "Student clubs", "个").chapter("2.1")
                        .defined("Clubs active at the reference date.")
                        .from(STUDENT_ACTIVITIES)
                        .computed((r, p) -> Measurement.count(r.activities().stream()
                                .filter(a -> a.activeClubOn(p.referenceDate())).count(), r.activities().size())),
                Indicator.of("activities.clubEvents", "社团活动", "Club events", "次").chapter("2.1")
                        .defined("Club events dated in the period.")
                        .from(STUDENT_ACTIVITIES)
                        .computed((r, p) -> Measurement.count(events(r, p, "CLUB_EVENT"), r.activities().size())),
                Indicator.of("activities.volunteerEvents", "志愿服务", "Volunteer events", "次").chapter("2.1")
                        .defined("Volunteer events dated in the period.")
                        .from(STUDENT_ACTIVITIES)
                        .computed((r, p) -> Measurement.count(events(r, p, "VOLUNTEER_EVENT"), r.activities().size())));
    }

    private static List<MajorRecord> openMajors(SchoolRecords records, ReportingPeriod period) {
        return records.majors().stream().filter(major -> major.openOn(period.referenceDate())).toList();
    }

    /** Apprenticeship programmes are labelled by the year they run in, which is the report's label. */
    private static List<ApprenticeshipRecord> apprenticeships(SchoolRecords records, ReportingPeriod period) {
        return records.apprenticeships().stream()
                .filter(a -> a.year() != null && a.year() == period.label()).toList();
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
