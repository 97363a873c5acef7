package org.vetreport.faculty.research;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Research outputs on {@code faculty.research-outputs.v1}, keyed by the id the service gave them:
 * {@code research-output.created}, {@code research-output.updated}, {@code research-output.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class ResearchOutputs {

    static final EntityType<ResearchOutput> TYPE = EntityType.of("research-output", ResearchOutput.class,
            Topics.FACULTY_RESEARCH_OUTPUTS, output -> List.of(DatedField.on("date", output.date())));

    @Bean
    EntityStore<ResearchOutput> researchOutputStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
