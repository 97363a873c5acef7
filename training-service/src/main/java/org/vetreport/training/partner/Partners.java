package org.vetreport.training.partner;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/** Partners on {@code training.partners.v1}, keyed by code: {@code partner.created}, {@code .updated}, {@code .deleted}. */
@Configuration(proxyBeanMethods = false)
class Partners {

    static final EntityType<Partner> TYPE = EntityType.lasting("partner", Partner.class, Topics.TRAINING_PARTNERS,
            "since", Partner::since, "until", Partner::until);

    @Bean
    EntityStore<Partner> partnerStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
