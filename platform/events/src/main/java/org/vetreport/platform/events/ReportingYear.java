package org.vetreport.platform.events;

import java.time.LocalDate;

/**
 * The payload of {@link Topics#REPORT_YEARS}: where one school's data for one report year stands. Key
 * {@code <school>:<year>}. The report service publishes it on every status change; domain services keep the
 * latest per key and refuse writes that would change the figures of a {@link Status#LOCKED} year, which is why
 * the event carries the dates the year covers and not only its label.
 *
 * @param year the year the report is labelled with
 * @param from first day of the data period
 * @param to last day of the data period
 */
public record ReportingYear(String school, int year, LocalDate from, LocalDate to, Status status) {

    public enum Status {
        /** Data may change freely. */
        DRAFT,
        /** The checks passed (errors fixed, warnings fixed or explained); locking runs them once more. */
        VALIDATED,
        /** Published: writes that would change the year's figures are refused. */
        LOCKED
    }

    public String key() {
        return school + ":" + year;
    }
}
