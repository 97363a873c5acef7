package org.vetreport.report.indicator.records;

import java.time.LocalDate;
import java.util.List;

public record ResearchOutputRecord(String type, String title, String level, LocalDate date, List<String> staffNos) {
}
