package org.vetreport.report.school;

import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.report.indicator.ReportingPeriod;

/**
 * Which dates a school's report for a year covers: every figure, check and lock asks here. A school without a
 * profile reports by calendar year with 31 December as its reference date, the platform's default.
 */
@Component
public class ReportingPeriods {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final SchoolDirectory schools;

    ReportingPeriods(SchoolDirectory schools) {
        this.schools = schools;
    }

    /** Whether a report can be labelled with this year. */
    public static boolean isReportYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** @throws InvalidInputException naming {@code field} when the year is outside the years a report can be made for */
    public static void requireReportYear(String field, int year) {
        if (!isReportYear(year)) {
            throw InvalidInputException.of(field, "must be a year between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }

    public static void requireReportYear(int year) {
        requireReportYear("year", year);
    }

    public ReportingPeriod of(String school, int year) {
        return schools.find(school).map(profile -> profile.period(year))
                .orElseGet(() -> ReportingCalendar.CALENDAR_YEAR.period(year, null));
    }
}
