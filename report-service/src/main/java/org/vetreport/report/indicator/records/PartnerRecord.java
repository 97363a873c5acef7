package org.vetreport.report.indicator.records;

import java.time.LocalDate;
import java.util.List;

/** An enterprise or institution the school works with; {@code until} is its last day of cooperation. */
public record PartnerRecord(String code, String city, List<String> kinds, LocalDate since, LocalDate until,
                            Integer workstationsProvided) {

    public boolean activeOn(LocalDate day) {
        return (since == null || !since.isAfter(day)) && (until == null || !until.isBefore(day));
    }
}
