package org.vetreport.student.activity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/** Student activities on {@code student.activities.v1}: {@code activity.created}, {@code .updated}, {@code .deleted}. */
@Configuration(proxyBeanMethods = false)
class Activities {

    static final EntityType<Activity> TYPE = EntityType.of("activity", Activity.class, Topics.STUDENT_ACTIVITIES);

    @Bean
    EntityStore<Activity> activityStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
