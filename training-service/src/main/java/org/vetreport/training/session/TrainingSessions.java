package org.vetreport.training.session;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Training sessions on {@code training.training-sessions.v1}, keyed by code: {@code training-session.created},
 * {@code training-session.updated}, {@code training-session.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class TrainingSessions {

    static final EntityType<TrainingSession> TYPE = EntityType.of("training-session", TrainingSession.class,
            Topics.TRAINING_SESSIONS,
            session -> List.of(DatedField.between("startOn", session.startOn(), session.endOn())));

    @Bean
    EntityStore<TrainingSession> trainingSessionStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
