package org.vetreport.finance.aidprogramme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Aid programmes on {@code finance.aid-programmes.v1}, keyed by code: {@code aid-programme.created},
 * {@code aid-programme.updated}, {@code aid-programme.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class AidProgrammes {

    /**
     * A catalogue without dates: no report period counts a programme itself, so a locked year never stops a change;
     * the awards paid under it carry the dates.
     */
    static final EntityType<AidProgramme> TYPE = EntityType.of("aid-programme", AidProgramme.class,
            Topics.FINANCE_AID_PROGRAMMES);

    @Bean
    EntityStore<AidProgramme> aidProgrammeStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
