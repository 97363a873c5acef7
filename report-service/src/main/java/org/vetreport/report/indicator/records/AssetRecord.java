package org.vetreport.report.indicator.records;

import java.math.BigDecimal;
import java.time.LocalDate;

public record AssetRecord(String assetNo, String category, BigDecimal areaMu, BigDecimal floorArea, String use,
                          Integer quantity, String purpose, Integer volumes, String kind, BigDecimal value,
                          LocalDate acquiredOn, LocalDate disposedOn) {

    /** Held on the day: acquired on or before it and not disposed of by it. */
    public boolean heldOn(LocalDate day) {
        return acquiredOn != null && !acquiredOn.isAfter(day) && (disposedOn == null || disposedOn.isAfter(day));
    }

    public boolean is(String category) {
        return category.equals(this.category);
    }
}
