package org.vetreport.report.indicator.records;

import java.time.LocalDate;

public record TeacherTrainingRecord(String staffNo, String programme, String level, LocalDate startOn, LocalDate endOn) {
}
