package org.vetreport.training.room;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Training rooms on {@code training.training-rooms.v1}, keyed by code: {@code training-room.created},
 * {@code training-room.updated}, {@code training-room.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class TrainingRooms {

    static final EntityType<TrainingRoom> TYPE = EntityType.lasting("training-room", TrainingRoom.class,
            Topics.TRAINING_ROOMS, "openedOn", TrainingRoom::openedOn, "closedOn", TrainingRoom::closedOn, "name");

    @Bean
    EntityStore<TrainingRoom> trainingRoomStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
