package org.vetreport.student.assessment;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/** Assessment results on {@code student.assessments.v1}: {@code assessment.created}, {@code .updated}, {@code .deleted}. */
@Configuration(proxyBeanMethods = false)
class Assessments {

    static final EntityType<Assessment> TYPE = EntityType.of("assessment", Assessment.class, Topics.STUDENT_ASSESSMENTS,
            assessment -> List.of(DatedField.inYear("year", assessment.year())));

    @Bean
    EntityStore<Assessment> assessmentStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
