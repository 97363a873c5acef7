package org.vetreport.report.indicator.records;

public record AidProgrammeRecord(String code, String name, String kind) {
}
