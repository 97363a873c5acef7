package org.vetreport.faculty.honour;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Honours on {@code faculty.honours.v1}, keyed {@code staffNo:title:awardedOn}: {@code honour.created},
 * {@code honour.updated}, {@code honour.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class Honours {

    static final EntityType<Honour> TYPE = EntityType.of("honour", Honour.class, Topics.FACULTY_HONOURS,
            honour -> List.of(DatedField.on("awardedOn", honour.awardedOn())));

    @Bean
    EntityStore<Honour> honourStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
