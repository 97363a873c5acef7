package org.vetreport.report.indicator.records;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A voucher of the income ledger; a reversal's {@code signedAmount} is negative. */
public record IncomeRecord(String voucherNo, LocalDate postedOn, String category, String nature, BigDecimal signedAmount) {
}
