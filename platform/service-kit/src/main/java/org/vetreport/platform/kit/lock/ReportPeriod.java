package org.vetreport.platform.kit.lock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The data period of one report year: what its figures count. Flow figures count what happened from {@code from}
 * to {@code to} inclusive, stock figures what existed at a day of it, and records labelled with a year (assessments,
 * surveys, graduation years) count when the label is the report's {@code year}.
 *
 * @param year the year the report is labelled with
 */
public record ReportPeriod(int year, LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * Whether something that lasts from {@code start} to {@code end} (inclusive) exists on a day of the period.
     *
     * @param end {@code null} while it lasts
     */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return start != null && !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    /**
     * A date as the figures of this period see it: the date itself when it is not after the period, {@code null}
     * otherwise, because a day after the period (a leaving date, a closing date) is as unknown to its figures as
     * no date at all.
     */
    public LocalDate seen(LocalDate day) {
        return day == null || day.isAfter(to) ? null : day;
    }

    @Override
    public String toString() {
        return year + " (" + from + " to " + to + ")";
    }
}
