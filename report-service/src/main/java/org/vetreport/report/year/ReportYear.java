package org.vetreport.report.year;

import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.platform.events.ReportingYear;
import org.vetreport.platform.events.ReportingYear.Status;
import org.vetreport.platform.kit.error.ConflictException;
import org.vetreport.report.indicator.ReportingPeriod;

/**
 * Where one school's data for one report year stand: DRAFT while they may change, VALIDATED once the checks
 * passed, LOCKED once published. Each step names the data period it was taken on, which the event announcing it
 * carries to the domain services.
 *
 * @param from        first day of the data period the status was last set on
 * @param to          last day of that period
 * @param validatedBy who validated the year (the subject of the token); {@code null} unless VALIDATED or LOCKED
 * @param lockedBy    who locked it; {@code null} unless LOCKED
 * @param reopenedBy  who last reopened it, if anybody has
 */
public record ReportYear(String school, int year, LocalDate from, LocalDate to, Status status,
                         Instant validatedAt, String validatedBy, Instant lockedAt, String lockedBy,
                         Instant reopenedAt, String reopenedBy) {

    /** A year nobody has validated yet. */
    public static ReportYear draft(String school, ReportingPeriod period) {
        return new ReportYear(school, period.label(), period.from(), period.to(), Status.DRAFT,
                null, null, null, null, null, null);
    }

    /** DRAFT → VALIDATED, once the checks on {@code period} found nothing that blocks. */
    public ReportYear validated(ReportingPeriod period, String by, Instant at) {
        require(Status.DRAFT, "validated");
        return new ReportYear(school, year, period.from(), period.to(), Status.VALIDATED, at, by, null, null,
                reopenedAt, reopenedBy);
    }

    /** VALIDATED → LOCKED, once the checks on {@code period}, run again, found nothing that blocks. */
    public ReportYear locked(ReportingPeriod period, String by, Instant at) {
        require(Status.VALIDATED, "locked");
        return new ReportYear(school, year, period.from(), period.to(), Status.LOCKED, validatedAt, validatedBy, at, by,
                reopenedAt, reopenedBy);
    }

    /** VALIDATED or LOCKED → DRAFT: the data may change again and must be validated again. */
    public ReportYear reopened(ReportingPeriod period, String by, Instant at) {
        if (status == Status.DRAFT) {
            throw new ConflictException("the year " + year + " of school '" + school + "' is a DRAFT already; only "
                    + "a VALIDATED or LOCKED year can be reopened");
        }
        return new ReportYear(school, year, period.from(), period.to(), Status.DRAFT, null, null, null, null, at, by);
    }

    /** The status as {@code report.years.v1} announces it. */
    public ReportingYear event() {
        return new ReportingYear(school, year, from, to, status);
    }

    /** @throws ConflictException unless the year is in the status the step starts from */
    public void require(Status expected, String step) {
        if (status != expected) {
            throw new ConflictException("the year " + year + " of school '" + school + "' is " + status
                    + "; only a " + expected + " year can be " + step);
        }
    }
}
