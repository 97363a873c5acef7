package org.vetreport.report.indicator.records;

import java.time.LocalDate;

public record InternshipRecord(String studentNo, String partnerCode, String kind, LocalDate startOn, LocalDate endOn,
                               Boolean relevantToMajor, Boolean insured, Boolean hiredByHost) {

    public boolean placement() {
        return "PLACEMENT".equals(kind);
    }

    /** Under way at some time between the two days. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return startOn != null && !startOn.isAfter(to) && (endOn == null || !endOn.isBefore(from));
    }

    public boolean onDay(LocalDate day) {
        return overlaps(day, day);
    }
}
