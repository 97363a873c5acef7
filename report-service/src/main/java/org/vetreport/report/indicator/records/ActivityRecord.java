package org.vetreport.report.indicator.records;

import java.time.LocalDate;

public record ActivityRecord(String kind, String title, LocalDate date, LocalDate activeFrom, LocalDate activeUntil,
                             Integer participants) {

    /** A club active on the day: started on or before it and not ended by it. */
    public boolean activeClubOn(LocalDate day) {
        return "CLUB".equals(kind) && activeFrom != null && !activeFrom.isAfter(day)
                && (activeUntil == null || activeUntil.isAfter(day));
    }
}
