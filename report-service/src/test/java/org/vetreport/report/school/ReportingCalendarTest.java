package org.vetreport.report.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.vetreport.report.indicator.ReportingPeriod;

class ReportingCalendarTest {

    @Test
    void aCalendarYearRunsJanuaryToDecemberWithItsLastDayAsReferenceDate() {
        ReportingPeriod period = ReportingCalendar.CALENDAR_YEAR.period(2020, null);

        assertThat(period.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(period.referenceDate()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void aSchoolYearIsLabelledWithTheYearItEndsIn() {
        ReportingPeriod period = ReportingCalendar.SCHOOL_YEAR.period(2020, null);

        assertThat(period.from()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2020, 8, 31));
        assertThat(period.referenceDate()).isEqualTo(LocalDate.of(2020, 8, 31));
        assertThat(period.previous().from()).isEqualTo(LocalDate.of(2018, 9, 1));
    }

    @Test
    void aSchoolYearsReferenceDayFallsInsideItsOwnPeriod() {
        assertThat(ReportingCalendar.SCHOOL_YEAR.period(2020, MonthDay.of(9, 30)).referenceDate())
                .isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(ReportingCalendar.SCHOOL_YEAR.period(2020, MonthDay.of(6, 30)).referenceDate())
                .isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(ReportingCalendar.CALENDAR_YEAR.period(2020, MonthDay.of(9, 30)).referenceDate())
                .isEqualTo(LocalDate.of(2020, 9, 30));
    }
}
