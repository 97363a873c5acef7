package org.vetreport.platform.kit.lock;

import java.time.LocalDate;

/**
 * A field of an entity that places it in report periods: a day ({@code postedOn}), a stretch of days
 * ({@code hiredOn} to {@code leftOn}) or a year label ({@code graduationYear}).
 *
 * @param field the field's name in the resource, as error messages name it
 */
public record DatedField(String field, LocalDate start, LocalDate end, Integer year, Kind kind) {

    public enum Kind { DAY, SPAN, YEAR }

    /** Counted in the period that contains the day. */
    public static DatedField on(String field, LocalDate day) {
        return new DatedField(field, day, day, null, Kind.DAY);
    }

    /** Counted in every period overlapping the days from {@code start} to {@code end}, null while it lasts. */
    public static DatedField between(String field, LocalDate start, LocalDate end) {
        return new DatedField(field, start, end, null, Kind.SPAN);
    }

    /** Counted in the period whose report is labelled with the year. */
    public static DatedField inYear(String field, Integer year) {
        return new DatedField(field, null, null, year, Kind.YEAR);
    }

    public boolean in(ReportPeriod period) {
        return switch (kind) {
            case DAY -> period.contains(start);
            case SPAN -> period.overlaps(start, end);
            case YEAR -> year != null && year == period.year();
        };
    }

    /** The field and its value, for messages. */
    public String describe() {
        return switch (kind) {
            case DAY -> field + " " + start;
            case SPAN -> field + " " + start + " to " + (end == null ? "now" : end);
            case YEAR -> field + " " + year;
        };
    }
}
