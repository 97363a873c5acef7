package org.vetreport.report.school;

import org.springframework.stereotype.Component;
import org.vetreport.report.indicator.ReportingPeriod;

/**
 * Which dates a school's report for a year covers: every figure, check and lock asks here. A school without a
 * profile reports by calendar year with 31 December as its reference date, the platform's default.
 */
@Component
public class ReportingPeriods {

    private final SchoolDirectory schools;

    ReportingPeriods(SchoolDirectory schools) {
        this.schools = schools;
    }

    public ReportingPeriod of(String school, int year) {
        return schools.find(school).map(profile -> profile.period(year))
                .orElseGet(() -> ReportingCalendar.CALENDAR_YEAR.period(year, null));
    }
}
