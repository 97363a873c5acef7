package org.vetreport.report.indicator.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

public record HostedContestRecord(String name, String level, String role, LocalDate date, List<String> events) {

    private static final Set<String> PROVINCIAL_OR_ABOVE = Set.of("INTERNATIONAL", "NATIONAL", "PROVINCIAL");

    public boolean provincialOrAbove() {
        return PROVINCIAL_OR_ABOVE.contains(level);
    }
}
