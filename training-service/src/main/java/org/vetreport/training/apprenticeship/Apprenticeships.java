package org.vetreport.training.apprenticeship;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Apprenticeships on {@code training.apprenticeships.v1}, keyed by code: {@code apprenticeship.created},
 * {@code apprenticeship.updated}, {@code apprenticeship.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class Apprenticeships {

    static final EntityType<Apprenticeship> TYPE = EntityType.of("apprenticeship", Apprenticeship.class,
            Topics.TRAINING_APPRENTICESHIPS, apprenticeship -> List.of(DatedField.inYear("year", apprenticeship.year())));

    @Bean
    EntityStore<Apprenticeship> apprenticeshipStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
