package org.vetreport.faculty.training;

import java.time.LocalDate;
import java.util.List;
import org.vetreport.faculty.shared.CompositeKey;
import org.vetreport.faculty.shared.Level;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * A training programme a staff member took part in (教师培训), under the key {@code staffNo:programme:startOn}.
 *
 * @param endOn  the last day, absent for a training of one day
 * @param hours  the training hours (学时) credited
 * @param online whether it was held online
 */
public record TeacherTraining(String staffNo, String programme, Level level, LocalDate startOn, LocalDate endOn,
                              Integer hours, boolean online) {

    public static final String KEY_FORM = "staffNo:programme:startOn, e.g. T2010001:信息化教学能力提升:2020-07-06";

    public TeacherTraining {
        programme = programme == null ? null : programme.strip();
        FieldErrors errors = new FieldErrors()
                .check(StaffNumbers.isStaffNo(staffNo), "staffNo", StaffNumbers.RULE)
                .check(programme != null && CompositeKey.TEXT.matcher(programme).matches(), "programme", CompositeKey.TEXT_RULE)
                .check(level != null, "level", "is required: one of " + List.of(Level.values()))
                .check(startOn != null, "startOn", "is required")
                .check(hours != null, "hours", "is required: the training hours (学时), 0 or more")
                .check(hours == null || hours >= 0, "hours", "must not be negative");
        if (startOn != null && endOn != null) {
            errors.check(!endOn.isBefore(startOn), "endOn", "must not be before startOn (" + startOn + ")");
        }
        errors.throwIfAny();
    }

    public String key() {
        return CompositeKey.of(staffNo, programme, startOn);
    }
}
