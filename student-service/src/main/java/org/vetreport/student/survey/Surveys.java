package org.vetreport.student.survey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/** Survey results on {@code student.surveys.v1}: {@code survey.created}, {@code .updated}, {@code .deleted}. */
@Configuration(proxyBeanMethods = false)
class Surveys {

    static final EntityType<Survey> TYPE = EntityType.of("survey", Survey.class, Topics.STUDENT_SURVEYS);

    @Bean
    EntityStore<Survey> surveyStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
