package org.vetreport.report.indicator.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record TrainingRoomRecord(String code, String base, List<String> majorCodes, BigDecimal area,
                                 Integer workstations, LocalDate openedOn, LocalDate closedOn) {

    /** Open on a day: opened on or before it and not closed by it. */
    public boolean openOn(LocalDate day) {
        return openedOn != null && !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
