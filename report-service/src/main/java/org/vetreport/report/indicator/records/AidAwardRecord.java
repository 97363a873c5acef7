package org.vetreport.report.indicator.records;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An aid payment; {@code year} is the school year it belongs to, {@code term} 1 autumn, 2 spring. */
public record AidAwardRecord(String programmeCode, String studentNo, Integer year, Integer term, BigDecimal amount,
                             LocalDate paidOn) {
}
