package org.vetreport.report.indicator.records;

import java.time.LocalDate;

public record CertificateRecord(String studentNo, String name, String kind, String level, LocalDate issuedOn) {
}
