package org.vetreport.report.indicator.faculty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.report.indicator.records.Fixture.day;
import static org.vetreport.report.indicator.records.Fixture.left;
import static org.vetreport.report.indicator.records.Fixture.qualifications;
import static org.vetreport.report.indicator.records.Fixture.staffMember;
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
import org.vetreport.report.indicator.records.ElectiveRecord;
import org.vetreport.report.indicator.records.Fixture;
import org.vetreport.report.indicator.records.HonourRecord;
import org.vetreport.report.indicator.records.ResearchOutputRecord;
import org.vetreport.report.indicator.records.StaffRecord;
import org.vetreport.report.indicator.records.TeacherTrainingRecord;

class FacultyIndicatorsTest {

    private static final ReportingPeriod YEAR_2020 = ReportingPeriod.calendarYear(2020);
    private static final String TEACHER = "FULL_TIME_TEACHER";

    private final IndicatorEngine engine = new IndicatorEngine(FacultyIndicators.all());

    /**
     * Full-time teachers on 31 Dec 2020: t1, t2, t3; on 31 Dec 2019 also t4, who left in July 2020. t1 became senior
     * and 双师型 in June 2020. a1 and a3 are established administrators who teach, a2 does not teach; p1 and p2 are
     * part-time, x1 external. Ten full-time students are enrolled both years.
     */
    private final Fixture school = new Fixture()
            .staff(staffMember("t1", "ESTABLISHED", TEACHER, "PROFESSIONAL", "2010-09-01",
                            qualifications("2010-09-01", "BACHELOR", "BACHELOR", "INTERMEDIATE", false),
                            qualifications("2020-06-01", null, null, "SENIOR", true)),
                    staffMember("t2", "ESTABLISHED", TEACHER, "CULTURAL", "2012-09-01",
                            qualifications("2012-09-01", "MASTER", "MASTER", "SENIOR_FULL", null)),
                    staffMember("t3", "CONTRACT", TEACHER, "BOTH", "2019-09-01",
                            qualifications("2019-09-01", "ASSOCIATE", "NONE", "JUNIOR", true)),
                    left(staffMember("t4", "ESTABLISHED", TEACHER, "PROFESSIONAL", "2005-09-01",
                            qualifications("2005-09-01", "BACHELOR", "MASTER", "SENIOR", true)), "2020-07-01"),
                    staffMember("a1", "ESTABLISHED", "ADMINISTRATIVE", "CULTURAL", "2000-09-01"),
                    staffMember("a2", "ESTABLISHED", "ADMINISTRATIVE", "NONE", "2000-09-01"),
                    staffMember("a3", "ESTABLISHED", "ADMINISTRATIVE", "PROFESSIONAL", "2000-09-01"),
                    staffMember("p1", "PART_TIME", "WORKSHOP_INSTRUCTOR", "PROFESSIONAL", "2020-03-01"),
                    staffMember("p2", "PART_TIME", "WORKSHOP_INSTRUCTOR", "PROFESSIONAL", "2018-03-01"),
                    staffMember("x1", "EXTERNAL", TEACHER, "PROFESSIONAL", "2020-09-01"));

    {
        for (int i = 0; i < 10; i++) {
            school.students(student("s" + i, "MALE", "2019-09-01"));
        }
    }

    private IndicatorValue value(String id, SchoolRecords records) {
        return engine.compute(records, YEAR_2020, List.of(id)).get(0);
    }

    private IndicatorValue value(String id) {
        return value(id, school);
    }

    @Test
    void establishedTeachersAreStaffOnTheEstablishmentWhoTeachEmployedOnTheReferenceDate() {
        IndicatorValue established = value("faculty.establishedTeachers");

        assertThat(established.value()).isEqualByComparingTo("4");
        assertThat(established.previous()).isEqualByComparingTo("5");
    }

    @Test
    void aTeacherWhoLeftMidYearIsNotAmongTheFullTimeTeachersAtTheReferenceDate() {
        IndicatorValue fullTime = value("faculty.fullTimeTeachers");

        assertThat(fullTime.value()).isEqualByComparingTo("3");
        assertThat(fullTime.previous()).isEqualByComparingTo("4");
    }

    @Test
    void qualificationsAreTakenOnTheReferenceDateSoATitleGainedIn2020CountsIn2020AndNotIn2019() {
        IndicatorValue senior = value("faculty.seniorTitle");
        assertThat(senior.value()).isEqualByComparingTo("2");
        assertThat(senior.previous()).isEqualByComparingTo("2");

        IndicatorValue share = value("faculty.seniorTitleRatio");
        assertThat(share.value()).isEqualByComparingTo("66.67");
        assertThat(share.denominator()).isEqualByComparingTo("3");
        assertThat(share.previous()).isEqualByComparingTo("50.00");

        SchoolRecords onlyT1 = new Fixture().staff(school.staff().get(0));
        assertThat(engine.measure("faculty.seniorTitle", onlyT1, YEAR_2020).value()).isEqualByComparingTo("1");
        assertThat(engine.measure("faculty.seniorTitle", onlyT1, YEAR_2020.previous()).value()).isEqualByComparingTo("0");
        assertThat(engine.measure("faculty.dualQualified", onlyT1, YEAR_2020).value()).isEqualByComparingTo("1");
        assertThat(engine.measure("faculty.dualQualified", onlyT1, YEAR_2020.previous()).value()).isEqualByComparingTo("0");
    }

    @Test
    void bachelorOrAboveIsByEducationAndMasterOrAboveByEducationOrDegree() {
        assertThat(value("faculty.bachelorOrAbove").value()).isEqualByComparingTo("2");
        assertThat(value("faculty.bachelorOrAboveRatio").value()).isEqualByComparingTo("66.67");
        assertThat(value("faculty.bachelorOrAboveRatio").previous()).isEqualByComparingTo("75.00");

        assertThat(value("faculty.masterOrAbove").value()).isEqualByComparingTo("1");
        assertThat(value("faculty.masterOrAbove").previous()).isEqualByComparingTo("2");
        assertThat(value("faculty.masterOrAboveRatio").value()).isEqualByComparingTo("33.33");
        assertThat(value("faculty.masterOrAboveRatio").previous()).isEqualByComparingTo("50.00");
    }

    @Test
    void professionalTeachersAreFullTimeTeachersOfProfessionalCourses() {
        assertThat(value("faculty.professionalTeachers").value()).isEqualByComparingTo("2");
        assertThat(value("faculty.professionalTeachers").previous()).isEqualByComparingTo("3");
        IndicatorValue share = value("faculty.professionalTeachersRatio");
        assertThat(share.value()).isEqualByComparingTo("66.67");
        assertThat(share.previous()).isEqualByComparingTo("75.00");
    }

    @Test
    void dualQualifiedShareIsOverProfessionalTeachersAndTheNewShareOverAllFullTimeTeachers() {
        assertThat(value("faculty.dualQualified").value()).isEqualByComparingTo("2");

        IndicatorValue ofProfessional = value("faculty.dualQualifiedRatio");
        assertThat(ofProfessional.value()).isEqualByComparingTo("100.00");
        assertThat(ofProfessional.denominator()).isEqualByComparingTo("2");
        assertThat(ofProfessional.previous()).isEqualByComparingTo("66.67");

        IndicatorValue ofFullTime = value("faculty.dualQualifiedShareOfFullTimeTeachers");
        assertThat(ofFullTime.value()).isEqualByComparingTo("66.67");
        assertThat(ofFullTime.denominator()).isEqualByComparingTo("3");
        assertThat(ofFullTime.previous()).isEqualByComparingTo("50.00");
    }

    @Test
    void studentTeacherRatioDividesByEstablishedTeachersAndTheOfficialOneByFullTimeTeachers() {
        IndicatorValue seed = value("faculty.studentTeacherRatio");
        assertThat(seed.value()).isEqualByComparingTo("2.5");
        assertThat(seed.numerator()).isEqualByComparingTo("10");
        assertThat(seed.denominator()).isEqualByComparingTo("4");
        assertThat(seed.previous()).isEqualByComparingTo("2.0");

        IndicatorValue official = value("faculty.studentFullTimeTeacherRatio");
        assertThat(official.value()).isEqualByComparingTo("3.3");
        assertThat(official.denominator()).isEqualByComparingTo("3");
        assertThat(official.previous()).isEqualByComparingTo("2.5");

        assertThat(engine.definition("faculty.studentTeacherRatio").orElseThrow().definition())
                .contains("established teachers").contains("seed");
        assertThat(engine.definition("faculty.studentFullTimeTeacherRatio").orElseThrow().definition())
                .contains("full-time teachers").contains("official");
    }

    @Test
    void partTimeAndExternalTeachersAreCountedApartAndPartTimeAsAShareOfTheTeachingStaff() {
        IndicatorValue partTime = value("faculty.partTimeTeachers");
        assertThat(partTime.value()).isEqualByComparingTo("2");
        assertThat(partTime.change()).isEqualByComparingTo("1");

        IndicatorValue share = value("faculty.partTimeTeachersRatio");
        assertThat(share.value()).isEqualByComparingTo("40.00");
        assertThat(share.denominator()).isEqualByComparingTo("5");
        assertThat(share.previous()).isEqualByComparingTo("20.00");

        assertThat(value("faculty.externalTeachers").value()).isEqualByComparingTo("1");
        assertThat(value("faculty.externalTeachers").previous()).isEqualByComparingTo("0");
    }

    @Test
    void withoutStaffTheRatiosHaveNoValue() {
        SchoolRecords nobody = new Fixture();
        for (String id : List.of("faculty.studentTeacherRatio", "faculty.studentFullTimeTeacherRatio",
                "faculty.seniorTitleRatio", "faculty.dualQualifiedRatio", "faculty.partTimeTeachersRatio",
                "faculty.dualQualifiedShareOfFullTimeTeachers")) {
            assertThat(value(id, nobody).value()).as(id).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"teacherTraining.municipal, 2, 1", "teacherTraining.provincial, 1, 0", "teacherTraining.national, 1, 0",
            "teacherTraining.enterprise, 1, 0"})
    void teacherTrainingCountsAttendancesByLevelThatStartedInThePeriod(String id, String attendances, String before) {
        SchoolRecords trainings = new Fixture().teacherTrainings(
                new TeacherTrainingRecord("t1", "信息化", "MUNICIPAL", day("2020-03-01"), day("2020-03-02")),
                new TeacherTrainingRecord("t2", "信息化", "MUNICIPAL", day("2020-12-30"), day("2021-01-05")),
                new TeacherTrainingRecord("t3", "信息化", "MUNICIPAL", day("2019-12-20"), day("2020-01-05")),
                new TeacherTrainingRecord("t1", "骨干", "PROVINCIAL", day("2020-07-01"), null),
                new TeacherTrainingRecord("t1", "国培", "NATIONAL", day("2020-08-01"), null),
                new TeacherTrainingRecord("t2", "企业实践", "ENTERPRISE", day("2020-08-01"), null));

        IndicatorValue counted = value(id, trainings);

        assertThat(counted.value()).isEqualByComparingTo(attendances);
        assertThat(counted.previous()).isEqualByComparingTo(before);
    }

    @ParameterizedTest
    @CsvSource({"research.awards, 1", "research.contestAwards, 2", "research.papers, 3", "research.projects, 4",
            "research.patents, 5", "research.textbooks, 6", "research.standards, 7"})
    void researchCountsOutputsOfOneTypeDatedInThePeriodWithPartsByLevel(String id, int outputs) {
        Fixture records = new Fixture();
        List<String> types = List.of("RESEARCH_AWARD", "TEACHING_CONTEST_AWARD", "PAPER", "PROJECT", "PATENT",
                "TEXTBOOK", "STANDARD");
        for (int t = 0; t < types.size(); t++) {
            for (int i = 0; i <= t; i++) {
                records.researchOutputs(new ResearchOutputRecord(types.get(t), "title " + i, i == 0 ? "NATIONAL" : "MUNICIPAL",
                        day("2020-05-01"), List.of("t1")));
            }
            records.researchOutputs(new ResearchOutputRecord(types.get(t), "old", "MUNICIPAL", day("2019-05-01"), List.of("t1")));
        }

        IndicatorValue counted = value(id, records);

        assertThat(counted.value()).isEqualByComparingTo(String.valueOf(outputs));
        assertThat(counted.previous()).isEqualByComparingTo("1");
        assertThat(counted.parts()).contains(new Measurement.Part("NATIONAL", BigDecimal.ONE));
        if (outputs > 1) {
            assertThat(counted.parts()).contains(new Measurement.Part("MUNICIPAL", BigDecimal.valueOf(outputs - 1)));
        }
    }

    @Test
    void honoursAreTheAwardsOfThePeriodWithPartsByLevel() {
        SchoolRecords honours = new Fixture().honours(new HonourRecord("t1", "省春蚕奖", "PROVINCIAL", day("2020-09-10")),
                new HonourRecord("t1", "市学科带头人", "MUNICIPAL", day("2020-09-10")),
                new HonourRecord("t2", "市学科带头人", "MUNICIPAL", day("2020-09-10")),
                new HonourRecord("t3", "市优秀教师", "MUNICIPAL", day("2019-09-10")));

        IndicatorValue awarded = value("faculty.honours", honours);

        assertThat(awarded.value()).isEqualByComparingTo("3");
        assertThat(awarded.previous()).isEqualByComparingTo("1");
        assertThat(awarded.parts()).containsExactly(new Measurement.Part("MUNICIPAL", BigDecimal.valueOf(2)),
                new Measurement.Part("PROVINCIAL", BigDecimal.ONE));
        assertThat(awarded.provenance().sources()).containsExactly(new IndicatorValue.Source("faculty.honours.v1", 4));
    }

    @Test
    void ageStructureBandsTheFullTimeTeachersByTheAgeTheyReachInTheReferenceYear() {
        SchoolRecords ages = new Fixture().staff(aged("y1", 1986), aged("y2", 1985), aged("m1", 1976), aged("m2", 1966),
                aged("o1", 1965), aged("u1", null));

        IndicatorValue structure = value("faculty.ageStructure", ages);

        assertThat(structure.value()).isEqualByComparingTo("5");
        assertThat(structure.parts()).containsExactly(new Measurement.Part("35_TO_44", BigDecimal.valueOf(2)),
                new Measurement.Part("45_TO_54", BigDecimal.ONE), new Measurement.Part("55_AND_OVER", BigDecimal.ONE),
                new Measurement.Part("UNDER_35", BigDecimal.ONE));
    }

    private static StaffRecord aged(String no, Integer birthYear) {
        return new StaffRecord(no, "MALE", birthYear, "ESTABLISHED", TEACHER, "CULTURAL", day("2010-09-01"), null, List.of());
    }

    private final SchoolRecords electives = new Fixture().electives(
            new ElectiveRecord("E1", 2019, 1, List.of("t1"), 30, false),
            new ElectiveRecord("E2", 2019, 2, List.of("t1", "t2"), 40, false),
            new ElectiveRecord("E3", 2020, 1, List.of("t3"), 25, true),
            new ElectiveRecord("E4", 2020, 2, List.of("t4"), 99, false));

    @Test
    void aCalendarYearRunsTheSpringTermOfTheSchoolYearBeforeAndTheAutumnTermOfTheOneStartingInIt() {
        assertThat(value("electives.courses", electives).value()).isEqualByComparingTo("2");
        assertThat(value("electives.courses", electives).previous()).isEqualByComparingTo("1");
        assertThat(value("electives.teachers", electives).value()).isEqualByComparingTo("3");
        assertThat(value("electives.students", electives).value()).isEqualByComparingTo("65");
        assertThat(value("electives.students", electives).previous()).isEqualByComparingTo("30");
    }

    @Test
    void aSchoolYearRunsItsOwnTwoTerms() {
        ReportingPeriod schoolYear = new ReportingPeriod(2020, day("2019-09-01"), day("2020-08-31"), day("2020-08-31"));

        assertThat(engine.measure("electives.courses", electives, schoolYear).value()).isEqualByComparingTo("2");
        assertThat(engine.measure("electives.teachers", electives, schoolYear).value()).isEqualByComparingTo("2");
        assertThat(engine.measure("electives.students", electives, schoolYear).value()).isEqualByComparingTo("70");
    }
}
