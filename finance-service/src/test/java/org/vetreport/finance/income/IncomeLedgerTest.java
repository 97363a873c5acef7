package org.vetreport.finance.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.ConflictException;

class IncomeLedgerTest {

    private final IncomeLedger ledger = new IncomeLedger();
    private final IncomeEntry voucher = new IncomeEntry("V1", LocalDate.of(2020, 3, 15), IncomeCategory.BUSINESS,
            IncomeNature.BASIC, new BigDecimal("880000"), "学费收入", null);
    private final IncomeEntry reversal = new IncomeEntry("R1", LocalDate.of(2020, 4, 1), IncomeCategory.BUSINESS,
            IncomeNature.BASIC, new BigDecimal("880000"), "冲销", "V1");

    @Test
    void aNewVoucherIsPostedAndANewReversalReverses() {
        assertThat(ledger.eventType(null, voucher)).isEqualTo("income.posted");
        assertThat(ledger.eventType(null, reversal)).isEqualTo("income.reversed");
        assertThat(ledger.topic().name()).isEqualTo("finance.income.v1");
    }

    @Test
    void aChangeOfAPostedVoucherIsRefusedEvenIfItGotPastTheChecks() {
        IncomeEntry changed = new IncomeEntry("V1", LocalDate.of(2020, 3, 15), IncomeCategory.BUSINESS,
                IncomeNature.BASIC, new BigDecimal("88000"), "学费收入", null);

        assertThatThrownBy(() -> ledger.eventType(voucher, changed)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("a posted voucher is never changed")
                .hasMessageContaining("post a reversing voucher with \"reverses\":\"V1\"");
    }

    @Test
    void eventsCarryTheSignedAmountBesideThePositiveOne() {
        IncomeEvent event = (IncomeEvent) ledger.eventPayload(reversal);

        assertThat(event.amount()).isEqualTo(new BigDecimal("880000.00"));
        assertThat(event.signedAmount()).isEqualTo(new BigDecimal("-880000.00"));
        assertThat(event.reverses()).isEqualTo("V1");
    }
}
