package org.vetreport.student.major;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

@Configuration(proxyBeanMethods = false)
class Majors {

    /** Majors on offer are counted at every period's reference date; their names are printed, so they count too. */
    static final EntityType<Major> TYPE = EntityType.lasting("major", Major.class, Topics.STUDENT_MAJORS,
            "openedOn", Major::openedOn, "closedOn", Major::closedOn);

    @Bean
    EntityStore<Major> majorStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
