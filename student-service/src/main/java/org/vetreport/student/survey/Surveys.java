package org.vetreport.student.survey;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/** Survey results on {@code student.surveys.v1}: {@code survey.created}, {@code .updated}, {@code .deleted}. */
@Configuration(proxyBeanMethods = false)
class Surveys {

    static final EntityType<Survey> TYPE = EntityType.of("survey", Survey.class, Topics.STUDENT_SURVEYS,
            survey -> List.of(DatedField.inYear("year", survey.year())));

    @Bean
    EntityStore<Survey> surveyStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
