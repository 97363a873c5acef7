package org.vetreport.faculty.lock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vetreport.faculty.staff.Staff;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.lock.PeriodViews;
import org.vetreport.platform.kit.lock.ReportPeriod;

/**
 * What the figures of a report period see of a staff member: nothing unless employed on a day of the period
 * ({@code hiredOn} to {@code leftOn}); then every field but the name, the leaving date only once it is not after
 * the period, and the qualification history only up to the period's end. So a departure or a new title effective
 * after a locked year may be recorded, while one back-dated into it may not.
 */
public final class StaffView {

    private StaffView() {
    }

    public static List<DatedField> dates(Staff staff) {
        return List.of(DatedField.between("hiredOn", staff.hiredOn(), staff.leftOn()));
    }

    public static Map<String, Object> of(Staff staff, ReportPeriod period) {
        if (!period.overlaps(staff.hiredOn(), staff.leftOn())) {
            return Map.of();
        }
        Map<String, Object> seen = new LinkedHashMap<>(PeriodViews.fields(staff, "name"));
        seen.put("leftOn", period.seen(staff.leftOn()));
        seen.put("qualificationHistory", staff.qualificationHistory().stream()
                .filter(change -> !change.effectiveOn().isAfter(period.to())).toList());
        return seen;
    }
}
