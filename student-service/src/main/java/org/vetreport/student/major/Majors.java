package org.vetreport.student.major;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

@Configuration(proxyBeanMethods = false)
class Majors {

    static final EntityType<Major> TYPE = EntityType.of("major", Major.class, Topics.STUDENT_MAJORS);

    @Bean
    EntityStore<Major> majorStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
