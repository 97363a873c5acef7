package org.vetreport.faculty.staff;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.faculty.lock.StaffView;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.lock.ReportPeriod;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Staff on {@code faculty.staff.v1}: {@code staff.hired} when new, {@code staff.left} when a leaving date is set,
 * {@code staff.qualification-changed} when the qualification history changes, {@code staff.updated} otherwise,
 * {@code staff.deleted} for a staff member recorded by mistake.
 */
@Configuration(proxyBeanMethods = false)
class StaffMembers implements EntityType<Staff> {

    @Bean
    EntityStore<Staff> staffStore(EntityStoreFactory stores) {
        return stores.create(this);
    }

    @Override
    public String name() {
        return "staff";
    }

    @Override
    public Class<Staff> javaType() {
        return Staff.class;
    }

    @Override
    public Topic topic() {
        return Topics.FACULTY_STAFF;
    }

    @Override
    public String eventType(Staff before, Staff after) {
        if (before == null) {
            return "staff.hired";
        }
        if (after.leftOn() != null && before.leftOn() == null) {
            return "staff.left";
        }
        if (!after.qualificationHistory().equals(before.qualificationHistory())) {
            return "staff.qualification-changed";
        }
        return "staff.updated";
    }

    @Override
    public Object eventPayload(Staff staff) {
        return StaffEvent.of(staff);
    }

    @Override
    public List<DatedField> dates(Staff staff) {
        return StaffView.dates(staff);
    }

    @Override
    public Map<String, Object> view(Staff staff, ReportPeriod period) {
        return StaffView.of(staff, period);
    }
}
