package org.vetreport.finance.income;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.error.ConflictException;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Income vouchers on {@code finance.income.v1}: {@code income.posted} for an ordinary voucher, {@code income.reversed}
 * for a reversing one. Vouchers are never updated or deleted, so no other type is ever published.
 */
@Configuration(proxyBeanMethods = false)
class IncomeLedger implements EntityType<IncomeEntry> {

    @Bean
    EntityStore<IncomeEntry> incomeStore(EntityStoreFactory stores) {
        return stores.create(this);
    }

    @Override
    public String name() {
        return "income";
    }

    @Override
    public Class<IncomeEntry> javaType() {
        return IncomeEntry.class;
    }

    @Override
    public Topic topic() {
        return Topics.FINANCE_INCOME;
    }

    @Override
    public List<DatedField> dates(IncomeEntry entry) {
        return List.of(DatedField.on("postedOn", entry.postedOn()));
    }

    /**
     * The store asks for the type of every change it is about to write, so refusing here is the last guard against
     * editing a posted voucher: it also catches a writer that raced the controller's checks.
     */
    @Override
    public String eventType(IncomeEntry before, IncomeEntry after) {
        if (before != null) {
            throw new ConflictException(changeRefused(after.voucherNo()));
        }
        return after.isReversal() ? "income.reversed" : "income.posted";
    }

    @Override
    public Object eventPayload(IncomeEntry entry) {
        return IncomeEvent.of(entry);
    }

    static String changeRefused(String voucherNo) {
        return "voucher '" + voucherNo + "' is posted with other content, and a posted voucher is never changed: "
                + "post a reversing voucher with \"reverses\":\"" + voucherNo + "\" under a new number, then the "
                + "correct voucher under another";
    }

    static String deletionRefused(String voucherNo) {
        return "voucher '" + voucherNo + "' is posted, and a posted voucher is never deleted: post a reversing voucher "
                + "with \"reverses\":\"" + voucherNo + "\" under a new number; both stay on record";
    }
}
