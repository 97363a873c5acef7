package org.vetreport.report.indicator;

import java.time.LocalDate;

/**
 * The stretch of time one report covers. Flow figures count what happened from {@code from} to {@code to}
 * inclusive; stock figures are taken at the {@code referenceDate}.
 *
 * @param label the year the report is labelled with
 */
public record ReportingPeriod(int label, LocalDate from, LocalDate to, LocalDate referenceDate) {

    public ReportingPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
    }

    /** The calendar year (Asia/Shanghai dates), with its last day as the reference date. */
    public static ReportingPeriod calendarYear(int year) {
        LocalDate last = LocalDate.of(year, 12, 31);
        return new ReportingPeriod(year, LocalDate.of(year, 1, 1), last, last);
    }

    /** The same period one year earlier, for year-over-year figures. */
    public ReportingPeriod previous() {
        return new ReportingPeriod(label - 1, from.minusYears(1), to.minusYears(1), referenceDate.minusYears(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
