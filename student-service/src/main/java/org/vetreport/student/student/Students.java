package org.vetreport.student.student;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Students on {@code student.students.v1}: {@code student.enrolled} when new, {@code student.graduated} when the
 * status becomes GRADUATED, {@code student.status-changed} for any other change of status, {@code student.updated}
 * otherwise.
 */
@Configuration(proxyBeanMethods = false)
class Students implements EntityType<Student> {

    @Bean
    EntityStore<Student> studentStore(EntityStoreFactory stores) {
        return stores.create(this);
    }

    @Override
    public String name() {
        return "student";
    }

    @Override
    public Class<Student> javaType() {
        return Student.class;
    }

    @Override
    public Topic topic() {
        return Topics.STUDENT_STUDENTS;
    }

    @Override
    public String eventType(Student before, Student after) {
        if (before == null) {
            return "student.enrolled";
        }
        if (after.status() == StudentStatus.GRADUATED && before.status() != StudentStatus.GRADUATED) {
            return "student.graduated";
        }
        if (!after.statusHistory().equals(before.statusHistory())) {
            return "student.status-changed";
        }
        return "student.updated";
    }

    @Override
    public Object eventPayload(Student student) {
        return StudentEvent.of(student);
    }
}
