package org.vetreport.report.indicator.records;

import java.time.LocalDate;

public record TrainingSessionRecord(String code, String occupation, String programme, String audience, String region,
                                    LocalDate startOn, LocalDate endOn, Integer trainees, Integer appraised,
                                    Integer passed) {

    /** The day it counts on: its end, or its start while it has no end. */
    public LocalDate finishedOn() {
        return endOn == null ? startOn : endOn;
    }

    public boolean inSchool() {
        return "IN_SCHOOL".equals(audience);
    }
}
