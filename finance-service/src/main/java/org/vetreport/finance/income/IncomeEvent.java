package org.vetreport.finance.income;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A voucher as {@code finance.income.v1} carries it: the entry and its {@code signedAmount}, so a consumer adds up
 * income without having to know that a reversal's positive amount counts negatively.
 */
record IncomeEvent(String voucherNo, LocalDate postedOn, IncomeCategory category, IncomeNature nature,
                   BigDecimal amount, BigDecimal signedAmount, String description, String reverses) {

    static IncomeEvent of(IncomeEntry entry) {
        return new IncomeEvent(entry.voucherNo(), entry.postedOn(), entry.category(), entry.nature(), entry.amount(),
                entry.signedAmount(), entry.description(), entry.reverses());
    }
}
