package org.vetreport.faculty.staff;

import java.time.LocalDate;
import java.util.List;

/**
 * A staff member as {@code faculty.staff.v1} carries them: what the report needs, without the name and with only the
 * year of birth (enough for an age structure). The whole dated qualification history is there, so the report can
 * take any day's qualifications as {@link Staff#qualificationsOn} does: apply, in order, every change effective on
 * or before the day, an absent attribute leaving the previous value.
 */
record StaffEvent(String staffNo, Gender gender, Integer birthYear, Employment employment, StaffRole role,
                  String teaches, CourseCategory courseCategory, LocalDate hiredOn, LocalDate leftOn,
                  Qualifications qualifications, List<QualificationChange> qualificationHistory) {

    static StaffEvent of(Staff s) {
        return new StaffEvent(s.staffNo(), s.gender(), s.birthDate() == null ? null : s.birthDate().getYear(),
                s.employment(), s.role(), s.teaches(), s.courseCategory(), s.hiredOn(), s.leftOn(), s.qualifications(),
                s.qualificationHistory());
    }
}
