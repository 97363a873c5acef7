package org.vetreport.training.internship;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Internships on {@code training.internships.v1}, keyed {@code studentNo:startOn}: {@code internship.created},
 * {@code internship.updated}, {@code internship.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class Internships {

    /** Counted in every period the placement overlaps. */
    static final EntityType<Internship> TYPE = EntityType.of("internship", Internship.class, Topics.TRAINING_INTERNSHIPS,
            internship -> List.of(DatedField.between("startOn", internship.startOn(), internship.endOn())));

    @Bean
    EntityStore<Internship> internshipStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
