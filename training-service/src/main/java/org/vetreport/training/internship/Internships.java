package org.vetreport.training.internship;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Internships on {@code training.internships.v1}, keyed {@code studentNo:startOn}: {@code internship.created},
 * {@code internship.updated}, {@code internship.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class Internships {

    static final EntityType<Internship> TYPE = EntityType.of("internship", Internship.class, Topics.TRAINING_INTERNSHIPS);

    @Bean
    EntityStore<Internship> internshipStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
