package org.vetreport.report.school;

import org.springframework.stereotype.Component;
import org.vetreport.report.indicator.ReportingPeriod;

/** Which dates a school's report for a year covers: every figure, check and lock asks here. */
@Component
public class ReportingPeriods {

    public ReportingPeriod of(String school, int year) {
        return ReportingPeriod.calendarYear(year);
    }
}
