package org.vetreport.report.indicator.students;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.report.indicator.records.Fixture.status;
import static org.vetreport.report.indicator.records.Fixture.student;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.report.indicator.IndicatorEngine;
import org.vetreport.report.indicator.IndicatorValue;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.Fixture;
import org.vetreport.report.indicator.records.StatusRecord;

class StudentIndicatorsTest {

    private static final ReportingPeriod YEAR_2020 = ReportingPeriod.calendarYear(2020);

    private final IndicatorEngine engine = new IndicatorEngine(StudentIndicators.all());

    /**
     * Enrolled on 31 Dec 2020: s1, s2 (male), s8 (female). On 31 Dec 2019: s1, s3, s4, s5, s7, s8. s3 graduates on
     * the reference date itself, s4 is suspended, s5 withdraws before the graduation it was due, s6 is part-time.
     */
    private final SchoolRecords school = new Fixture().students(
            student("s1", "MALE", true, "THREE_YEAR", "2018-09-01", "2021-07-01"),
            student("s2", "MALE", "2020-09-01"),
            student("s3", "FEMALE", true, "THREE_YEAR", "2017-09-01", "2020-12-31",
                    status(StatusRecord.GRADUATED, "2020-12-31")),
            student("s4", "FEMALE", "2019-09-01", status(StatusRecord.SUSPENDED, "2020-10-01")),
            student("s5", "MALE", true, "THREE_YEAR", "2017-09-01", "2020-06-30", status("WITHDRAWN", "2020-03-01")),
            student("s6", "FEMALE", false, "THREE_YEAR", "2020-09-01", null),
            student("s7", "FEMALE", true, "THREE_YEAR", "2017-09-01", "2020-06-30",
                    status(StatusRecord.GRADUATED, "2020-06-30")),
            student("s8", "FEMALE", "2019-09-01"));

    private IndicatorValue value(String id, SchoolRecords records) {
        return engine.compute(records, YEAR_2020, List.of(id)).get(0);
    }

    @Test
    void enrolledCountsFullTimeStudentsEnrolledOnTheReferenceDateNotTheSuspendedTheGoneOrThePartTime() {
        IndicatorValue enrolled = value("students.enrolled", school);

        assertThat(enrolled.value()).isEqualByComparingTo("3");
        assertThat(enrolled.denominator()).isNull();
        assertThat(enrolled.previous()).isEqualByComparingTo("6");
        assertThat(enrolled.change()).isEqualByComparingTo("-3");
        assertThat(enrolled.changePercent()).isEqualByComparingTo("-50.00");
        assertThat(enrolled.provenance().records()).isEqualTo(8);
    }

    @Test
    void aStudentWhoGraduatesOnTheReferenceDateIsNotEnrolledOnItButIsAGraduateOfTheYear() {
        SchoolRecords one = new Fixture().students(student("g", "MALE", true, "THREE_YEAR", "2017-09-01", "2020-12-31",
                status(StatusRecord.GRADUATED, "2020-12-31")));

        assertThat(value("students.enrolled", one).value()).isEqualByComparingTo("0");
        assertThat(value("students.enrolled", one).previous()).isEqualByComparingTo("1");
        assertThat(value("students.graduates", one).value()).isEqualByComparingTo("1");
        assertThat(engine.measure("students.graduates", one, ReportingPeriod.calendarYear(2021)).value())
                .isEqualByComparingTo("0");
    }

    @Test
    void maleAndFemaleCountTheEnrolledByGenderAndTheRatioDividesThem() {
        assertThat(value("students.male", school).value()).isEqualByComparingTo("2");
        assertThat(value("students.male", school).previous()).isEqualByComparingTo("2");
        assertThat(value("students.female", school).value()).isEqualByComparingTo("1");
        assertThat(value("students.female", school).previous()).isEqualByComparingTo("4");

        IndicatorValue ratio = value("students.genderRatio", school);
        assertThat(ratio.value()).isEqualByComparingTo("2.00");
        assertThat(ratio.numerator()).isEqualByComparingTo("2");
        assertThat(ratio.denominator()).isEqualByComparingTo("1");
        assertThat(ratio.previous()).isEqualByComparingTo("0.50");
    }

    @Test
    void aStudentWithoutARecordedGenderIsNeitherMaleNorFemale() {
        SchoolRecords unknown = new Fixture().students(student("u", null, "2019-09-01"));

        assertThat(value("students.male", unknown).value()).isEqualByComparingTo("0");
        assertThat(value("students.female", unknown).value()).isEqualByComparingTo("0");
        assertThat(value("students.enrolled", unknown).value()).isEqualByComparingTo("1");
    }

    @Test
    void newEnrolledCountsFullTimeEnrolmentsInThePeriodWithTheDifferenceToTheYearBefore() {
        IndicatorValue intake = value("students.newEnrolled", school);

        assertThat(intake.value()).isEqualByComparingTo("1");
        assertThat(intake.previous()).isEqualByComparingTo("2");
        assertThat(intake.change()).isEqualByComparingTo("-1");
    }

    @Test
    void retentionKeepsTheSuspendedAndTheGraduatedButNotTheWithdrawn() {
        IndicatorValue retention = value("students.retentionRate", school);

        assertThat(retention.numerator()).isEqualByComparingTo("5");
        assertThat(retention.denominator()).isEqualByComparingTo("6");
        assertThat(retention.value()).isEqualByComparingTo("83.33");
        assertThat(retention.previous()).isEqualByComparingTo("100.00");
    }

    @Test
    void graduatesCountGraduationsInThePeriod() {
        IndicatorValue graduates = value("students.graduates", school);

        assertThat(graduates.value()).isEqualByComparingTo("2");
        assertThat(graduates.previous()).isEqualByComparingTo("0");
        assertThat(graduates.changePercent()).isNull();
    }

    @Test
    void graduationRateIsOverTheStudentsDueToGraduateInThePeriod() {
        IndicatorValue rate = value("students.graduationRate", school);

        assertThat(rate.numerator()).isEqualByComparingTo("2");
        assertThat(rate.denominator()).isEqualByComparingTo("3");
        assertThat(rate.value()).isEqualByComparingTo("66.67");
        assertThat(rate.previous()).isNull();
    }

    @Test
    void withNoStudentsAtAllCountsAreZeroAndRatesAndRatiosHaveNoValueInsteadOfDividingByZero() {
        SchoolRecords nobody = new Fixture();

        assertThat(value("students.enrolled", nobody).value()).isEqualByComparingTo("0");
        assertThat(value("students.graduates", nobody).value()).isEqualByComparingTo("0");
        for (String rate : List.of("students.genderRatio", "students.retentionRate", "students.graduationRate")) {
            Measurement measured = engine.measure(rate, nobody, YEAR_2020);
            assertThat(measured.value()).as(rate).isNull();
            assertThat(measured.numerator()).as(rate).isEqualByComparingTo("0");
            assertThat(measured.denominator()).as(rate).isEqualByComparingTo("0");
            assertThat(value(rate, nobody).change()).as(rate).isNull();
        }
    }
}
