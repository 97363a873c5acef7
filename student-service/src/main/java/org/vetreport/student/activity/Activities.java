package org.vetreport.student.activity;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/** Student activities on {@code student.activities.v1}: {@code activity.created}, {@code .updated}, {@code .deleted}. */
@Configuration(proxyBeanMethods = false)
class Activities {

    /** Counted by the day of a one-off activity, or in every period a club or society was active. */
    static final EntityType<Activity> TYPE = EntityType.of("activity", Activity.class, Topics.STUDENT_ACTIVITIES,
            activity -> List.of(DatedField.on("date", activity.date()),
                    DatedField.between("activeFrom", activity.activeFrom(), activity.activeUntil())));

    @Bean
    EntityStore<Activity> activityStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
