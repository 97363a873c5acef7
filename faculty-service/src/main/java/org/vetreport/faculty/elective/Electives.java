package org.vetreport.faculty.elective;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Elective courses on {@code faculty.electives.v1}, keyed {@code code:year:term}: {@code elective.created},
 * {@code elective.updated}, {@code elective.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class Electives {

    static final EntityType<Elective> TYPE = EntityType.of("elective", Elective.class, Topics.FACULTY_ELECTIVES);

    @Bean
    EntityStore<Elective> electiveStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
