package org.vetreport.finance.aidaward;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Aid awards on {@code finance.aid-awards.v1}, keyed {@code programmeCode:studentNo:year:term}:
 * {@code aid-award.created}, {@code aid-award.updated}, {@code aid-award.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class AidAwards {

    static final EntityType<AidAward> TYPE = EntityType.of("aid-award", AidAward.class, Topics.FINANCE_AID_AWARDS,
            award -> List.of(DatedField.on("paidOn", award.paidOn())));

    @Bean
    EntityStore<AidAward> aidAwardStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
