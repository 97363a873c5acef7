package org.vetreport.faculty.staff;

import java.util.List;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Turns what a client sent into the staff member to store, for a single write and for every import row alike. */
final class StaffDrafts {

    private StaffDrafts() {
    }

    /** @param stored the staff member as stored, {@code null} if new */
    static Staff from(StaffRequest request, String staffNo, Staff stored) {
        QualificationChange initial = request.initialQualifications();
        if (initial != null && request.qualificationHistory() != null) {
            throw InvalidInputException.of("qualificationHistory", "give the qualifications when hired either as "
                    + "education, degree, title and dualQualified or as the first entry of qualificationHistory, not both");
        }
        List<QualificationChange> history = stored == null || request.hiredOn() == null
                ? request.qualificationHistory()
                : Staff.continuedHistory(stored, request.qualificationHistory(), request.hiredOn());
        if (initial != null && request.hiredOn() != null) {
            history = Staff.withInitial(history == null ? List.of() : history, initial);
        }
        return new Staff(staffNo, request.name(), request.gender(), request.birthDate(), request.employment(),
                request.role(), request.teaches(),
                request.courseCategory() == null ? CourseCategory.NONE : request.courseCategory(),
                request.hiredOn(), request.leftOn(), history);
    }
}
