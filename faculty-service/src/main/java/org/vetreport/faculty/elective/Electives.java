package org.vetreport.faculty.elective;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Elective courses on {@code faculty.electives.v1}, keyed {@code code:year:term}: {@code elective.created},
 * {@code elective.updated}, {@code elective.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class Electives {

    /** A school year's electives count in the report of the year they end in: the second term one year later. */
    static final EntityType<Elective> TYPE = EntityType.of("elective", Elective.class, Topics.FACULTY_ELECTIVES,
            elective -> elective.year() == null || elective.term() == null ? List.of()
                    : List.of(DatedField.inYear("year", elective.term() == 2 ? elective.year() + 1 : elective.year())));

    @Bean
    EntityStore<Elective> electiveStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
