package org.vetreport.faculty.training;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Teacher trainings on {@code faculty.teacher-trainings.v1}, keyed {@code staffNo:programme:startOn}:
 * {@code teacher-training.created}, {@code teacher-training.updated}, {@code teacher-training.deleted}.
 */
@Configuration(proxyBeanMethods = false)
class TeacherTrainings {

    static final EntityType<TeacherTraining> TYPE = EntityType.of("teacher-training", TeacherTraining.class,
            Topics.FACULTY_TEACHER_TRAININGS,
            training -> List.of(DatedField.between("startOn", training.startOn(), training.endOn())));

    @Bean
    EntityStore<TeacherTraining> teacherTrainingStore(EntityStoreFactory stores) {
        return stores.create(TYPE);
    }
}
