package org.vetreport.student.destination;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Graduate destinations on {@code student.destinations.v1}, keyed by student number: {@code destination.created},
 * {@code destination.updated}, {@code destination.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class Destinations {

    static final EntityType<Destination> TYPE = EntityType.of("destination", Destination.class, Topics.STUDENT_DESTINATIONS,
            destination -> List.of(DatedField.inYear("graduationYear", destination.graduationYear())));

    @Bean
    EntityStore<Destination> destinationStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
