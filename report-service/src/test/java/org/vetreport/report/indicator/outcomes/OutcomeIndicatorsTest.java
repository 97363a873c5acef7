package org.vetreport.report.indicator.outcomes;

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
import org.vetreport.report.indicator.records.AidAwardRecord;
import org.vetreport.report.indicator.records.AidProgrammeRecord;
import org.vetreport.report.indicator.records.AssessmentRecord;
import org.vetreport.report.indicator.records.AwardRecord;
import org.vetreport.report.indicator.records.CertificateRecord;
import org.vetreport.report.indicator.records.DestinationRecord;
import org.vetreport.report.indicator.records.Fixture;
import org.vetreport.report.indicator.records.StatusRecord;
import org.vetreport.report.indicator.records.StudentRecord;
import org.vetreport.report.indicator.records.SurveyRecord;

class OutcomeIndicatorsTest {

    private static final ReportingPeriod YEAR_2020 = ReportingPeriod.calendarYear(2020);
    private static final List<String> SURVEY_KINDS = List.of("CLUB_ACTIVITIES", "CAMPUS_SAFETY", "TEACHING",
            "GRADUATES_ON_SCHOOL", "CAREER_PROSPECTS", "EMPLOYERS", "EMPLOYMENT_SERVICE", "PARENTS");
    private static final List<String> AID_KINDS = List.of("TUITION_WAIVER", "NATIONAL_GRANT", "EDUCATION_VOUCHER",
            "NATIONAL_SCHOLARSHIP", "SCHOOL_GRANT", "FOUNDATION_GRANT", "ENLISTMENT_COMPENSATION",
            "JOB_SEEKING_SUBSIDY", "OTHER");

    private final IndicatorEngine engine = new IndicatorEngine(OutcomeIndicators.all());

    private IndicatorValue value(String id, SchoolRecords records) {
        return engine.compute(records, YEAR_2020, List.of(id)).get(0);
    }

    private static StudentRecord graduate(String no, String on) {
        return student(no, "MALE", true, "THREE_YEAR", "2017-09-01", on, status(StatusRecord.GRADUATED, on));
    }

    private static AssessmentRecord cultural(int year, String subject, boolean passed) {
        return new AssessmentRecord("s", year, 1, "CULTURAL", subject, passed);
    }

    private static AssessmentRecord assessed(String kind, int year, boolean passed) {
        return new AssessmentRecord("s", year, 2, kind, null, passed);
    }

    private final SchoolRecords assessments = new Fixture().assessments(
            cultural(2020, "CHINESE", true), cultural(2020, "CHINESE", true), cultural(2020, "CHINESE", false),
            cultural(2020, "MATH", true), cultural(2020, "MATH", true), cultural(2020, "ENGLISH", false),
            cultural(2020, "POLITICS", true), cultural(2019, "CHINESE", true),
            assessed("SKILL", 2020, true), assessed("SKILL", 2020, true), assessed("SKILL", 2020, true),
            assessed("SKILL", 2020, false), assessed("SKILL", 2021, false),
            assessed("FITNESS", 2020, true), assessed("FITNESS", 2020, false));

    @Test
    void culturalPassRateIsOverEveryCulturalAssessmentOfTheReportYearWithARatePerSubject() {
        IndicatorValue rate = value("students.culturalPassRate", assessments);

        assertThat(rate.numerator()).isEqualByComparingTo("5");
        assertThat(rate.denominator()).isEqualByComparingTo("7");
        assertThat(rate.value()).isEqualByComparingTo("71.43");
        assertThat(rate.previous()).isEqualByComparingTo("100.00");
        assertThat(rate.parts()).extracting(Measurement.Part::key).containsExactly("CHINESE", "ENGLISH", "MATH", "POLITICS");
        assertThat(rate.parts()).extracting(Measurement.Part::value).map(BigDecimal::toPlainString)
                .containsExactly("66.67", "0.00", "100.00", "100.00");
    }

    @Test
    void eachSubjectHasItsOwnPassRate() {
        assertThat(value("students.culturalPassRate.chinese", assessments).value()).isEqualByComparingTo("66.67");
        assertThat(value("students.culturalPassRate.chinese", assessments).previous()).isEqualByComparingTo("100.00");
        assertThat(value("students.culturalPassRate.math", assessments).value()).isEqualByComparingTo("100.00");
        assertThat(value("students.culturalPassRate.english", assessments).value()).isEqualByComparingTo("0.00");
        assertThat(value("students.culturalPassRate.english", assessments).previous()).isNull();
    }

    @Test
    void skillAndFitnessPassRatesCountOnlyTheirKindInTheReportYear() {
        IndicatorValue skill = value("students.skillTestPassRate", assessments);
        assertThat(skill.value()).isEqualByComparingTo("75.00");
        assertThat(skill.denominator()).isEqualByComparingTo("4");

        IndicatorValue fitness = value("students.fitnessPassRate", assessments);
        assertThat(fitness.value()).isEqualByComparingTo("50.00");
        assertThat(fitness.numerator()).isEqualByComparingTo("1");
    }

    @Test
    void certificateRateCountsGraduatesCertifiedByTheirGraduationDay() {
        SchoolRecords school = new Fixture()
                .students(graduate("g1", "2020-06-30"), graduate("g2", "2020-06-30"), graduate("g3", "2020-06-30"))
                .certificates(new CertificateRecord("g1", "电工中级", "SKILL_LEVEL", "LEVEL_4", day("2020-05-01")),
                        new CertificateRecord("g2", "电工中级", "SKILL_LEVEL", "LEVEL_4", day("2020-07-15")));

        IndicatorValue rate = value("students.certificateRate", school);

        assertThat(rate.numerator()).isEqualByComparingTo("1");
        assertThat(rate.denominator()).isEqualByComparingTo("3");
        assertThat(rate.value()).isEqualByComparingTo("33.33");
        assertThat(rate.previous()).isNull();
    }

    @Test
    void certifiedStudentsCountEachStudentOnceAndOncePerKindInTheParts() {
        SchoolRecords school = new Fixture().certificates(
                new CertificateRecord("g1", "电工中级", "SKILL_LEVEL", "LEVEL_4", day("2020-05-01")),
                new CertificateRecord("g1", "网络1+X", "ONE_PLUS_X", null, day("2020-09-01")),
                new CertificateRecord("g2", "电工", "VOCATIONAL_QUALIFICATION", "LEVEL_4", day("2020-07-15")),
                new CertificateRecord("g2", "钳工", "VOCATIONAL_QUALIFICATION", "LEVEL_5", day("2020-08-15")),
                new CertificateRecord("x1", "电工", "SKILL_LEVEL", "LEVEL_5", day("2019-03-01")));

        IndicatorValue certified = value("certificates.students", school);

        assertThat(certified.value()).isEqualByComparingTo("2");
        assertThat(certified.previous()).isEqualByComparingTo("1");
        assertThat(certified.parts()).containsExactly(new Measurement.Part("ONE_PLUS_X", BigDecimal.ONE),
                new Measurement.Part("SKILL_LEVEL", BigDecimal.ONE),
                new Measurement.Part("VOCATIONAL_QUALIFICATION", BigDecimal.ONE));
    }

    @Test
    void awardsCountPrizesOfThePeriodOnceEvenForATeamWithPartsByTierAndMedal() {
        SchoolRecords school = new Fixture().awards(
                new AwardRecord("行业赛", "机器人", "NATIONAL_INDUSTRY", "GOLD", day("2020-05-01"), List.of("a", "b", "c")),
                new AwardRecord("行业赛", "网络", "NATIONAL_INDUSTRY", "GOLD", day("2020-05-02"), List.of("d")),
                new AwardRecord("行业赛", "烘焙", "NATIONAL_INDUSTRY", "SILVER", day("2020-05-02"), List.of("e")),
                new AwardRecord("技能节", "电工", "MUNICIPAL", "BRONZE", day("2020-11-02"), List.of("f")),
                new AwardRecord("技能节", "电工", "MUNICIPAL", "GOLD", day("2019-11-02"), List.of("g")));

        IndicatorValue awards = value("awards.students", school);

        assertThat(awards.value()).isEqualByComparingTo("4");
        assertThat(awards.previous()).isEqualByComparingTo("1");
        assertThat(awards.parts()).containsExactly(new Measurement.Part("MUNICIPAL.BRONZE", BigDecimal.ONE),
                new Measurement.Part("NATIONAL_INDUSTRY.GOLD", BigDecimal.valueOf(2)),
                new Measurement.Part("NATIONAL_INDUSTRY.SILVER", BigDecimal.ONE));
    }

    @ParameterizedTest
    @CsvSource({"clubActivities, 99.01, 100, 1", "campusSafety, 97.98, 97, 2", "teaching, 96.91, 94, 3",
            "graduatesOnSchool, 95.79, 91, 4", "careerProspects, 94.62, 88, 5", "employers, 93.41, 85, 6",
            "employmentService, 92.13, 82, 7", "parents, 90.80, 79, 8"})
    void eachSatisfactionIsOfItsOwnSurveyWithoutTheRespondentsWhoCouldNotJudge(String id, String expected,
                                                                              int satisfied, int dissatisfied) {
        Fixture school = new Fixture();
        for (int i = 0; i < SURVEY_KINDS.size(); i++) {
            school.surveys(new SurveyRecord(SURVEY_KINDS.get(i), 2020, 100 - 3 * i, i + 1, 40),
                    new SurveyRecord(SURVEY_KINDS.get(i), 2019, 3, 1, 0));
        }

        IndicatorValue rate = value("satisfaction." + id, school);

        assertThat(rate.value()).isEqualByComparingTo(expected);
        assertThat(rate.numerator()).isEqualByComparingTo(String.valueOf(satisfied));
        assertThat(rate.denominator()).isEqualByComparingTo(String.valueOf(satisfied + dissatisfied));
        assertThat(rate.previous()).isEqualByComparingTo("75.00");
        assertThat(rate.change()).isEqualByComparingTo(new BigDecimal(expected).subtract(new BigDecimal("75.00")));
    }

    @Test
    void aidCountsAStudentOncePerTermAcrossTheProgrammesOfAKindAndSumsTheAmountPaidInThePeriod() {
        SchoolRecords school = new Fixture()
                .aidProgrammes(new AidProgrammeRecord("TW1", "免学费", "TUITION_WAIVER"),
                        new AidProgrammeRecord("TW2", "免住宿费", "TUITION_WAIVER"),
                        new AidProgrammeRecord("NG", "国家助学金", "NATIONAL_GRANT"))
                .aidAwards(new AidAwardRecord("TW1", "s1", 2019, 2, new BigDecimal("1000.00"), day("2020-03-10")),
                        new AidAwardRecord("TW1", "s2", 2019, 2, new BigDecimal("1000.00"), day("2020-03-10")),
                        new AidAwardRecord("TW2", "s1", 2019, 2, new BigDecimal("500.00"), day("2020-03-20")),
                        new AidAwardRecord("TW1", "s1", 2020, 1, new BigDecimal("1000.00"), day("2020-10-10")),
                        new AidAwardRecord("TW1", "s3", 2019, 1, new BigDecimal("1000.00"), day("2019-10-10")),
                        new AidAwardRecord("NG", "s1", 2020, 1, new BigDecimal("1000.00"), day("2020-10-10")));

        IndicatorValue students = value("aid.tuitionWaiver.students", school);
        assertThat(students.value()).isEqualByComparingTo("3");
        assertThat(students.previous()).isEqualByComparingTo("1");
        assertThat(students.parts()).containsExactly(new Measurement.Part("2019-2", BigDecimal.valueOf(2)),
                new Measurement.Part("2020-1", BigDecimal.ONE));

        IndicatorValue amount = value("aid.tuitionWaiver.amount", school);
        assertThat(amount.value()).isEqualByComparingTo("0.35");
        assertThat(amount.numerator()).isEqualByComparingTo("3500.00");
        assertThat(amount.previous()).isEqualByComparingTo("0.10");
        assertThat(amount.parts()).containsExactly(new Measurement.Part("2019-2", new BigDecimal("0.25")),
                new Measurement.Part("2020-1", new BigDecimal("0.10")));
    }

    @ParameterizedTest
    @CsvSource({"tuitionWaiver, 1", "nationalGrant, 2", "educationVoucher, 3", "nationalScholarship, 4",
            "schoolGrant, 5", "foundationGrant, 6", "enlistmentCompensation, 7", "jobSeekingSubsidy, 8", "other, 9"})
    void eachAidIdReadsTheProgrammesOfItsOwnKind(String id, int awards) {
        Fixture school = new Fixture();
        for (int i = 0; i < AID_KINDS.size(); i++) {
            school.aidProgrammes(new AidProgrammeRecord("P" + i, "programme " + i, AID_KINDS.get(i)));
            for (int student = 0; student <= i; student++) {
                school.aidAwards(new AidAwardRecord("P" + i, "s" + student, 2020, 1, new BigDecimal("2000.00"),
                        day("2020-10-01")));
            }
        }

        assertThat(value("aid." + id + ".students", school).value()).isEqualByComparingTo(String.valueOf(awards));
        assertThat(value("aid." + id + ".amount", school).numerator())
                .isEqualByComparingTo(String.valueOf(2000 * awards));
        assertThat(value("aid." + id + ".amount", school).value())
                .isEqualByComparingTo(BigDecimal.valueOf(2000L * awards, 4));
    }

    /**
     * Six graduates of 2020 and one enrolled student whose destination was recorded by mistake: e1 and e2 employed,
     * e3 self-employed, e4 in further education, e5 enlisted, e6 unemployed.
     */
    private final SchoolRecords graduates = new Fixture()
            .students(graduate("e1", "2020-06-30"), graduate("e2", "2020-06-30"), graduate("e3", "2020-06-30"),
                    graduate("e4", "2020-06-30"), graduate("e5", "2020-06-30"), graduate("e6", "2020-06-30"),
                    student("n1", "MALE", "2019-09-01"))
            .destinations(new DestinationRecord("e1", 2020, "EMPLOYED", true, true, new BigDecimal("4000.00")),
                    new DestinationRecord("e2", 2020, "EMPLOYED", false, false, new BigDecimal("3000.00")),
                    new DestinationRecord("e3", 2020, "SELF_EMPLOYED", true, true, null),
                    new DestinationRecord("e4", 2020, "FURTHER_EDUCATION", null, null, null),
                    new DestinationRecord("e5", 2020, "ENLISTED", null, null, null),
                    new DestinationRecord("e6", 2020, "UNEMPLOYED", null, null, null),
                    new DestinationRecord("n1", 2020, "EMPLOYED", true, true, new BigDecimal("9000.00")));

    @Test
    void employmentRateCountsWorkEnlistmentAndFurtherEducationOfTheGraduatesOfThePeriodOnly() {
        IndicatorValue rate = value("employment.rate", graduates);

        assertThat(rate.numerator()).isEqualByComparingTo("5");
        assertThat(rate.denominator()).isEqualByComparingTo("6");
        assertThat(rate.value()).isEqualByComparingTo("83.33");
        assertThat(rate.previous()).isNull();
    }

    @Test
    void relevanceIsOverGraduatesDirectlyEmployedNotOverAllGraduates() {
        assertThat(value("employment.employed", graduates).value()).isEqualByComparingTo("3");

        IndicatorValue relevant = value("employment.relevantRate", graduates);
        assertThat(relevant.numerator()).isEqualByComparingTo("2");
        assertThat(relevant.denominator()).isEqualByComparingTo("3");
        assertThat(relevant.value()).isEqualByComparingTo("66.67");
    }

    @Test
    void startingSalaryIsTheMeanOverWorkingGraduatesWhoseSalaryIsRecorded() {
        IndicatorValue salary = value("employment.startingSalary", graduates);

        assertThat(salary.value()).isEqualByComparingTo("3500");
        assertThat(salary.numerator()).isEqualByComparingTo("7000.00");
        assertThat(salary.denominator()).isEqualByComparingTo("2");
        assertThat(salary.previous()).isNull();
    }

    @Test
    void furtherEducationIsCountedAndDividedByTheGraduates() {
        assertThat(value("employment.furtherEducation", graduates).value()).isEqualByComparingTo("1");
        IndicatorValue rate = value("employment.furtherEducationRate", graduates);
        assertThat(rate.value()).isEqualByComparingTo("16.67");
        assertThat(rate.denominator()).isEqualByComparingTo("6");
    }

    @Test
    void localEmploymentCountsWorkingGraduatesInTheSchoolsCityAndItsShareOfThem() {
        IndicatorValue local = value("employment.local", graduates);
        assertThat(local.value()).isEqualByComparingTo("2");
        assertThat(local.previous()).isEqualByComparingTo("0");

        IndicatorValue share = value("employment.localRate", graduates);
        assertThat(share.value()).isEqualByComparingTo("66.67");
        assertThat(share.denominator()).isEqualByComparingTo("3");
    }

    @Test
    void withoutGraduatesEveryEmploymentRateHasNoValue() {
        SchoolRecords nobody = new Fixture();
        for (String rate : List.of("employment.rate", "employment.relevantRate", "employment.startingSalary",
                "employment.furtherEducationRate", "employment.localRate", "students.certificateRate",
                "students.culturalPassRate", "satisfaction.teaching")) {
            assertThat(value(rate, nobody).value()).as(rate).isNull();
        }
        assertThat(value("aid.tuitionWaiver.amount", nobody).value()).isEqualByComparingTo("0.00");
    }
}
