package org.vetreport.report.indicator.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.report.indicator.records.Fixture.day;
import static org.vetreport.report.indicator.records.Fixture.status;
import static org.vetreport.report.indicator.records.Fixture.student;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vetreport.report.indicator.IndicatorEngine;
import org.vetreport.report.indicator.IndicatorValue;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.ActivityRecord;
import org.vetreport.report.indicator.records.ApprenticeshipRecord;
import org.vetreport.report.indicator.records.AwardRecord;
import org.vetreport.report.indicator.records.Fixture;
import org.vetreport.report.indicator.records.HostedContestRecord;
import org.vetreport.report.indicator.records.InternshipRecord;
import org.vetreport.report.indicator.records.MajorRecord;
import org.vetreport.report.indicator.records.PartnerRecord;
import org.vetreport.report.indicator.records.TrainingSessionRecord;

class ProgrammeIndicatorsTest {

    private static final ReportingPeriod YEAR_2020 = ReportingPeriod.calendarYear(2020);

    private final IndicatorEngine engine = new IndicatorEngine(ProgrammeIndicators.all());

    private static InternshipRecord placement(String studentNo, String kind, String startOn, String endOn,
                                              boolean relevant, boolean insured, boolean hired) {
        return new InternshipRecord(studentNo, "P1", kind, day(startOn), endOn == null ? null : day(endOn), relevant,
                insured, hired);
    }

    private static PartnerRecord partner(String code, List<String> kinds, String since, String until, int workstations) {
        return new PartnerRecord(code, "嘉兴", kinds, day(since), until == null ? null : day(until), workstations);
    }

    private static TrainingSessionRecord session(String code, String occupation, String audience, String region,
                                                 String startOn, String endOn, int trainees, int appraised, int passed) {
        return new TrainingSessionRecord(code, occupation, "SKILL_TRAINING", audience, region, day(startOn),
                endOn == null ? null : day(endOn), trainees, appraised, passed);
    }

    private static HostedContestRecord contest(String name, String level, String role, String date) {
        return new HostedContestRecord(name, level, role, day(date), List.of("赛项"));
    }

    private static ActivityRecord club(String title, String from, String until, int members) {
        return new ActivityRecord("CLUB", title, null, day(from), until == null ? null : day(until), members);
    }

    private static ActivityRecord event(String kind, String date, int participants) {
        return new ActivityRecord(kind, kind + date, day(date), null, null, participants);
    }

    private final Fixture school = new Fixture()
            .majors(new MajorRecord("M1", "机械", "机械", day("2010-09-01"), null),
                    new MajorRecord("M2", "电气", "机械", day("2010-09-01"), null),
                    new MajorRecord("M3", "虚拟现实", null, day("2020-09-01"), null),
                    new MajorRecord("M4", "旅游", "商旅", day("2010-09-01"), day("2020-12-31")))
            .apprenticeships(new ApprenticeshipRecord("A1", "P1", "M1", 2020, List.of("a", "b", "c"), 3, 2),
                    new ApprenticeshipRecord("A2", "P2", "M2", 2020, List.of("c", "d"), 2, 1),
                    new ApprenticeshipRecord("A3", "P1", "M1", 2019, List.of("e"), 1, 1))
            .internships(placement("s1", "PLACEMENT", "2020-03-01", "2020-06-30", true, true, true),
                    placement("s1", "PLACEMENT", "2020-09-01", null, false, true, false),
                    placement("s2", "PLACEMENT", "2019-09-01", "2020-02-28", false, false, false),
                    placement("s3", "PLACEMENT", "2020-07-01", "2020-12-31", true, true, true),
                    placement("s4", "COGNITION", "2020-05-01", "2020-05-10", true, true, false),
                    placement("s5", "PLACEMENT", "2021-01-01", null, true, true, false))
            .partners(partner("P1", List.of("APPRENTICESHIP", "INTERNSHIP_BASE"), "2015-01-01", null, 100),
                    partner("P2", List.of("INTERNSHIP_BASE", "CO_BUILT_LAB"), "2020-03-01", null, 50),
                    partner("P3", List.of("GROUP_MEMBER"), "2010-01-01", "2020-12-31", 20),
                    partner("P4", List.of("TRAINING_CLIENT"), "2010-01-01", "2020-06-30", 30),
                    partner("P5", List.of("INDUSTRY_COLLEGE"), "2021-01-01", null, 0))
            .trainingSessions(session("T1", "电工", "SOCIAL", null, "2020-03-01", "2020-03-10", 100, 80, 70),
                    session("T2", "电商", "CORRECTIONAL", null, "2020-05-01", null, 56, 0, 0),
                    session("T3", "烹调", "ENTERPRISE_STAFF", "四川阿坝", "2020-09-01", "2020-09-05", 30, 30, 20),
                    session("T4", "电工", "IN_SCHOOL", null, "2020-06-01", "2020-06-02", 200, 180, 150),
                    session("T5", "铣工", "UNEMPLOYED", "丽水遂昌", "2019-12-20", "2020-01-10", 40, 40, 30),
                    session("T6", "钳工", "SOCIAL", null, "2019-05-01", "2019-05-03", 70, 0, 0),
                    session("T7", "电工", "VETERANS", null, "2020-12-30", "2021-01-02", 10, 0, 0))
            .hostedContests(contest("省赛", "PROVINCIAL", "HOST", "2020-10-01"),
                    contest("国赛", "NATIONAL", "CO_HOST", "2020-11-01"),
                    contest("金砖", "INTERNATIONAL", "HOST", "2020-12-01"),
                    contest("市赛", "MUNICIPAL", "HOST", "2020-05-01"),
                    contest("省赛2019", "PROVINCIAL", "HOST", "2019-05-01"))
            .activities(club("K1", "2015-09-01", null, 40), club("K2", "2020-09-01", null, 20),
                    club("K3", "2015-09-01", "2020-12-31", 15),
                    event("CLUB_EVENT", "2020-03-01", 30), event("CLUB_EVENT", "2020-04-01", 30),
                    event("CLUB_EVENT", "2019-04-01", 30),
                    event("VOLUNTEER_EVENT", "2020-03-05", 10), event("VOLUNTEER_EVENT", "2020-06-05", 5),
                    event("VOLUNTEER_EVENT", "2019-03-05", 7),
                    event("CULTURE_EVENT", "2020-10-01", 200),
                    event("SPORTS_EVENT", "2020-11-01", 300), event("SPORTS_EVENT", "2019-11-01", 300))
            .awards(new AwardRecord("世赛", "烘焙", "INTERNATIONAL", "GOLD", day("2020-10-10"), List.of("a")),
                    new AwardRecord("金砖", "机器人", "INTERNATIONAL", "SILVER", day("2020-11-10"), List.of("b", "c")),
                    new AwardRecord("金砖", "机器人", "INTERNATIONAL", "BRONZE", day("2019-11-10"), List.of("d")),
                    new AwardRecord("国赛", "网络", "NATIONAL", "GOLD", day("2020-06-10"), List.of("e")));

    /** 52 full-time students enrolled in both years, z1 and z2 of them in the 中德班; z3 is a part-time one. */
    {
        for (int i = 0; i < 50; i++) {
            school.students(student("n" + i, "MALE", "2019-09-01"));
        }
        school.students(student("z1", "MALE", true, "SINO_GERMAN", "2019-09-01", null),
                student("z2", "FEMALE", true, "SINO_GERMAN", "2019-09-01", null),
                student("z3", "FEMALE", false, "SINO_GERMAN", "2019-09-01", null));
    }

    private IndicatorValue value(String id) {
        return engine.compute(school, YEAR_2020, List.of(id)).get(0);
    }

    @Test
    void majorsOpenOnTheReferenceDateAndTheirGroupsWithoutTheMajorsThatCloseOnIt() {
        assertThat(value("majors.count").value()).isEqualByComparingTo("3");
        assertThat(value("majors.count").previous()).isEqualByComparingTo("3");
        assertThat(value("majors.groups").value()).isEqualByComparingTo("1");
        assertThat(value("majors.groups").previous()).isEqualByComparingTo("2");
    }

    @Test
    void apprenticeshipCountsDistinctApprenticesAndSumsMentorsAndCoursesOfTheYearsClasses() {
        assertThat(value("apprenticeship.students").value()).isEqualByComparingTo("4");
        assertThat(value("apprenticeship.students").previous()).isEqualByComparingTo("1");
        assertThat(value("apprenticeship.mentors").value()).isEqualByComparingTo("5");
        assertThat(value("apprenticeship.courses").value()).isEqualByComparingTo("3");
        assertThat(value("apprenticeship.courses").previous()).isEqualByComparingTo("1");
    }

    @Test
    void apprenticesInTrainingAreTheStudentsOfEarlierAndCurrentClassesStillEnrolled() {
        SchoolRecords classes = new Fixture()
                .apprenticeships(new ApprenticeshipRecord("A1", "P1", "M1", 2018, List.of("a", "b"), 2, 2),
                        new ApprenticeshipRecord("A2", "P1", "M1", 2020, List.of("b", "c", "x"), 2, 2),
                        new ApprenticeshipRecord("A3", "P1", "M1", 2021, List.of("d"), 2, 2))
                .students(student("a", "MALE", "2018-09-01",
                                status("GRADUATED", "2020-06-30")),
                        student("b", "MALE", "2018-09-01"), student("c", "MALE", "2020-09-01"),
                        student("d", "MALE", "2020-09-01"));

        IndicatorValue inTraining = engine.compute(classes, YEAR_2020, List.of("apprenticeship.studentsInTraining")).get(0);

        assertThat(inTraining.value()).isEqualByComparingTo("2");
        assertThat(inTraining.previous()).isEqualByComparingTo("2");
        assertThat(engine.measure("apprenticeship.students", classes, YEAR_2020).value()).isEqualByComparingTo("3");
    }

    @Test
    void placementsCountStudentsOnceOverlappingThePeriodAndNotOtherInternships() {
        IndicatorValue placed = value("internships.students");
        assertThat(placed.value()).isEqualByComparingTo("3");
        assertThat(placed.previous()).isEqualByComparingTo("1");

        assertThat(value("internships.hired").value()).isEqualByComparingTo("2");
        assertThat(value("internships.hired").previous()).isEqualByComparingTo("0");
    }

    @Test
    void relevanceAndInsuranceRatesAreOverTheStudentsPlacedInThePeriod() {
        IndicatorValue relevant = value("internships.relevantRate");
        assertThat(relevant.numerator()).isEqualByComparingTo("2");
        assertThat(relevant.denominator()).isEqualByComparingTo("3");
        assertThat(relevant.value()).isEqualByComparingTo("66.67");
        assertThat(relevant.previous()).isEqualByComparingTo("0.00");

        IndicatorValue insured = value("internships.insuredRate");
        assertThat(insured.value()).isEqualByComparingTo("66.67");
        assertThat(insured.previous()).isEqualByComparingTo("0.00");
    }

    @Test
    void enterpriseWorkstationsAreThoseOfPartnersActiveOnTheReferenceDateIncludingTheirLastDay() {
        IndicatorValue workstations = value("internships.enterpriseWorkstations");

        assertThat(workstations.value()).isEqualByComparingTo("170");
        assertThat(workstations.previous()).isEqualByComparingTo("150");
    }

    @Test
    void partnersAreCountedOnTheReferenceDateWithPartsByWayOfCooperation() {
        IndicatorValue partners = value("partners.count");

        assertThat(partners.value()).isEqualByComparingTo("3");
        assertThat(partners.previous()).isEqualByComparingTo("3");
        assertThat(partners.parts()).containsExactly(new Measurement.Part("APPRENTICESHIP", BigDecimal.ONE),
                new Measurement.Part("CO_BUILT_LAB", BigDecimal.ONE), new Measurement.Part("GROUP_MEMBER", BigDecimal.ONE),
                new Measurement.Part("INTERNSHIP_BASE", BigDecimal.valueOf(2)));
    }

    @ParameterizedTest
    @CsvSource({"apprenticeship, 1, 1", "internshipBases, 2, 1", "coBuiltLabs, 1, 0", "industryColleges, 0, 0",
            "groupMembers, 1, 1", "trainingClients, 0, 1"})
    void eachWayOfCooperationCountsTheActivePartnersCooperatingSo(String id, String partners, String previous) {
        IndicatorValue counted = value("partners." + id);

        assertThat(counted.value()).isEqualByComparingTo(partners);
        assertThat(counted.previous()).isEqualByComparingTo(previous);
    }

    @Test
    void trainingHeadcountIsOfSessionsForPeopleOutsideTheSchoolFinishedInThePeriodWithPartsByAudience() {
        IndicatorValue headcount = value("training.headcount");

        assertThat(headcount.value()).isEqualByComparingTo("226");
        assertThat(headcount.previous()).isEqualByComparingTo("70");
        assertThat(headcount.change()).isEqualByComparingTo("156");
        assertThat(headcount.parts()).containsExactly(new Measurement.Part("CORRECTIONAL", BigDecimal.valueOf(56)),
                new Measurement.Part("ENTERPRISE_STAFF", BigDecimal.valueOf(30)),
                new Measurement.Part("SOCIAL", BigDecimal.valueOf(100)),
                new Measurement.Part("UNEMPLOYED", BigDecimal.valueOf(40)));
    }

    @ParameterizedTest
    @CsvSource({"social, 100, 70", "enterpriseStaff, 30, 0", "unemployed, 40, 0", "rural, 0, 0", "veterans, 0, 0",
            "disabled, 0, 0", "correctional, 56, 0"})
    void eachAudienceHasItsOwnHeadcount(String audience, String trainees, String previous) {
        IndicatorValue headcount = value("training.headcount." + audience);

        assertThat(headcount.value()).isEqualByComparingTo(trainees);
        assertThat(headcount.previous()).isEqualByComparingTo(previous);
    }

    @Test
    void inSchoolAppraisalsAndTheHeadcountPerStudentAreApart() {
        assertThat(value("training.appraisalsInSchool").value()).isEqualByComparingTo("180");
        assertThat(value("training.appraisalsInSchool").previous()).isEqualByComparingTo("0");

        IndicatorValue perStudent = value("training.headcountToStudents");
        assertThat(perStudent.numerator()).isEqualByComparingTo("226");
        assertThat(perStudent.denominator()).isEqualByComparingTo("52");
        assertThat(perStudent.value()).isEqualByComparingTo("4.35");
        assertThat(perStudent.previous()).isEqualByComparingTo("1.35");
    }

    @Test
    void passRateOccupationsAndRegionsAreOverEverySessionFinishedInThePeriod() {
        IndicatorValue passRate = value("training.passRate");
        assertThat(passRate.numerator()).isEqualByComparingTo("270");
        assertThat(passRate.denominator()).isEqualByComparingTo("330");
        assertThat(passRate.value()).isEqualByComparingTo("81.82");
        assertThat(passRate.previous()).isNull();

        assertThat(value("training.occupations").value()).isEqualByComparingTo("4");
        assertThat(value("training.occupations").previous()).isEqualByComparingTo("1");
        assertThat(value("training.supportRegions").value()).isEqualByComparingTo("2");
    }

    @Test
    void hostedContestsCountProvincialOrHigherHostedOrCoHostedWithPartsByLevel() {
        IndicatorValue hosted = value("contests.hosted");

        assertThat(hosted.value()).isEqualByComparingTo("3");
        assertThat(hosted.previous()).isEqualByComparingTo("1");
        assertThat(hosted.parts()).containsExactly(new Measurement.Part("INTERNATIONAL", BigDecimal.ONE),
                new Measurement.Part("NATIONAL", BigDecimal.ONE), new Measurement.Part("PROVINCIAL", BigDecimal.ONE));
    }

    @Test
    void clubsAreActiveOnTheReferenceDateAndEventsDatedInThePeriod() {
        assertThat(value("activities.clubs").value()).isEqualByComparingTo("2");
        assertThat(value("activities.clubs").previous()).isEqualByComparingTo("2");
        assertThat(value("activities.clubMembers").value()).isEqualByComparingTo("60");
        assertThat(value("activities.clubMembers").previous()).isEqualByComparingTo("55");
        assertThat(value("activities.clubEvents").value()).isEqualByComparingTo("2");
        assertThat(value("activities.clubEvents").previous()).isEqualByComparingTo("1");
        assertThat(value("activities.volunteerEvents").value()).isEqualByComparingTo("2");
        assertThat(value("activities.volunteerParticipants").value()).isEqualByComparingTo("15");
        assertThat(value("activities.volunteerParticipants").previous()).isEqualByComparingTo("7");
        assertThat(value("activities.cultureEvents").value()).isEqualByComparingTo("1");
        assertThat(value("activities.cultureEvents").previous()).isEqualByComparingTo("0");
        assertThat(value("activities.sportsEvents").value()).isEqualByComparingTo("1");
        assertThat(value("activities.sportsEvents").previous()).isEqualByComparingTo("1");
    }

    @Test
    void internationalCooperationCountsTheSinoGermanStudentsInternationalContestsAndAwards() {
        assertThat(value("international.cooperativeStudents").value()).isEqualByComparingTo("2");
        assertThat(value("international.contestsHosted").value()).isEqualByComparingTo("1");
        assertThat(value("international.contestsHosted").previous()).isEqualByComparingTo("0");

        IndicatorValue awards = value("international.awards");
        assertThat(awards.value()).isEqualByComparingTo("2");
        assertThat(awards.previous()).isEqualByComparingTo("1");
        assertThat(awards.parts()).containsExactly(new Measurement.Part("GOLD", BigDecimal.ONE),
                new Measurement.Part("SILVER", BigDecimal.ONE));
    }

    @Test
    void withNoRecordsRatesHaveNoValueAndCountsAreZero() {
        SchoolRecords nothing = new Fixture();

        for (String rate : List.of("internships.relevantRate", "internships.insuredRate", "training.passRate",
                "training.headcountToStudents")) {
            assertThat(engine.measure(rate, nothing, YEAR_2020).value()).as(rate).isNull();
        }
        assertThat(engine.measure("partners.count", nothing, YEAR_2020).value()).isEqualByComparingTo("0");
        assertThat(engine.measure("training.headcount", nothing, YEAR_2020).parts()).isEmpty();
    }
}
