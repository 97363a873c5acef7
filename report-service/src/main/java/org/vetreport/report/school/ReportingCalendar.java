package org.vetreport.report.school;

import java.time.LocalDate;
import java.time.MonthDay;
import org.vetreport.report.indicator.ReportingPeriod;

/** How a school's report years run (DESIGN §4). */
public enum ReportingCalendar {

    /** 1 January to 31 December of the year the report is labelled with. */
    CALENDAR_YEAR {
        @Override
        ReportingPeriod period(int year, MonthDay referenceDay) {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            return new ReportingPeriod(year, from, to, referenceDay == null ? to : referenceDay.atYear(year));
        }
    },

    /** 1 September to 31 August, labelled with the year it ends in: 2020 is 2019-09-01 to 2020-08-31. */
    SCHOOL_YEAR {
        @Override
        ReportingPeriod period(int year, MonthDay referenceDay) {
            LocalDate from = LocalDate.of(year - 1, 9, 1);
            LocalDate to = LocalDate.of(year, 8, 31);
            if (referenceDay == null) {
                return new ReportingPeriod(year, from, to, to);
            }
            int referenceYear = referenceDay.getMonthValue() >= from.getMonthValue() ? year - 1 : year;
            return new ReportingPeriod(year, from, to, referenceDay.atYear(referenceYear));
        }
    };

    /** @param referenceDay the day stock figures are taken, or {@code null} for the period's last day */
    abstract ReportingPeriod period(int year, MonthDay referenceDay);
}
