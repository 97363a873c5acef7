package org.vetreport.finance.income;

import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.store.EntityStore;

/** Finds which voucher reverses which, so every answer shows a reversed voucher's reversal beside it. */
@Component
class Reversals {

    private final EntityStore<IncomeEntry> income;

    Reversals(EntityStore<IncomeEntry> income) {
        this.income = income;
    }

    /** @return the voucher that reverses {@code voucherNo}, {@code null} if none does */
    String of(String school, String voucherNo) {
        return ofAll(school, List.of(voucherNo)).get(voucherNo);
    }

    /** @return for each of the vouchers that is reversed, the voucher that reverses it */
    Map<String, String> ofAll(String school, Collection<String> voucherNos) {
        Map<String, String> reversedBy = new HashMap<>();
        if (!voucherNos.isEmpty()) {
            income.all(school, in(EntityStore.field("reverses"), voucherNos))
                    .forEach(reversal -> reversedBy.putIfAbsent(reversal.reverses(), reversal.voucherNo()));
        }
        return reversedBy;
    }
}
