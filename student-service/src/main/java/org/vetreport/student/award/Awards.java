package org.vetreport.student.award;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/** Awards on {@code student.awards.v1}: {@code award.created}, {@code award.updated}, {@code award.deleted}. */
@Configuration(proxyBeanMethods = false)
class Awards {

    static final EntityType<Award> TYPE = EntityType.of("award", Award.class, Topics.STUDENT_AWARDS,
            award -> List.of(DatedField.on("awardedOn", award.awardedOn())));

    @Bean
    EntityStore<Award> awardStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
