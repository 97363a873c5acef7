package org.vetreport.faculty.honour;

import java.time.LocalDate;
import java.util.List;
import org.vetreport.faculty.shared.CompositeKey;
import org.vetreport.faculty.shared.Level;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * An honour a staff member was awarded (教师荣誉), such as 市学科带头人 or 省春蚕奖, under the key
 * {@code staffNo:title:awardedOn}.
 */
public record Honour(String staffNo, String title, Level level, LocalDate awardedOn) {

    public static final String KEY_FORM = "staffNo:title:awardedOn, e.g. T2010001:市学科带头人:2020-09-10";

    public Honour {
        title = title == null ? null : title.strip();
        new FieldErrors()
                .check(StaffNumbers.isStaffNo(staffNo), "staffNo", StaffNumbers.RULE)
                .check(title != null && CompositeKey.TEXT.matcher(title).matches(), "title", CompositeKey.TEXT_RULE)
                .check(level != null, "level", "is required: one of " + List.of(Level.values()))
                .check(awardedOn != null, "awardedOn", "is required")
                .throwIfAny();
    }

    public String key() {
        return CompositeKey.of(staffNo, title, awardedOn);
    }
}
