package org.vetreport.student.student;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.lock.PeriodViews;
import org.vetreport.platform.kit.lock.ReportPeriod;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Students on {@code student.students.v1}: {@code student.enrolled} when new, {@code student.graduated} when the
 * status becomes GRADUATED, {@code student.status-changed} for any other change of status, {@code student.updated}
 * otherwise.
 *
 * <p>The figures of a report period see a student from enrolment until a final status (graduated, withdrawn,
 * transferred out), and see the status history only up to the period's end: a change effective after a locked year
 * may be recorded, one back-dated into it may not. Name, class and ID number are read by no figure and stay
 * correctable.
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

    @Override
    public List<DatedField> dates(Student student) {
        return List.of(DatedField.between("enrolledOn", student.enrolledOn(), leftOn(student)));
    }

    @Override
    public Map<String, Object> view(Student student, ReportPeriod period) {
        if (!period.overlaps(student.enrolledOn(), leftOn(student))) {
            return Map.of();
        }
        Map<String, Object> seen = new LinkedHashMap<>(PeriodViews.fields(student, "name", "className", "idNumber"));
        seen.put("expectedGraduationOn", period.seen(student.expectedGraduationOn()));
        seen.put("statusHistory", student.statusHistory().stream()
                .filter(change -> !change.effectiveOn().isAfter(period.to())).toList());
        return seen;
    }

    /** The day the student's final status took effect, or {@code null} while they are on the roll or suspended. */
    private static LocalDate leftOn(Student student) {
        StatusChange last = student.statusHistory().get(student.statusHistory().size() - 1);
        return last.status().isFinal() ? last.effectiveOn() : null;
    }
}
