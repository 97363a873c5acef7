package org.vetreport.report.indicator.records;

import java.time.LocalDate;
import java.util.List;

public record AwardRecord(String competition, String event, String tier, String medal, LocalDate awardedOn,
                          List<String> studentNos) {
}
