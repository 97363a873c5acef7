package org.vetreport.faculty.elective;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vetreport.faculty.shared.CompositeKey;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Turns what a client sent into the elective to store, for a single write and for every import row alike. */
final class ElectiveDrafts {

    private ElectiveDrafts() {
    }

    /** @param isStaff whether a staff number is a staff member of this school */
    static Elective from(ElectiveRequest request, Predicate<String> isStaff) {
        List<FieldError> errors = new ArrayList<>(StaffNumbers.unknown(request.teacherStaffNos(), "teacherStaffNos", isStaff));
        try {
            Elective elective = new Elective(request.code(), request.title(), request.year(), request.term(),
                    request.teacherStaffNos(), request.enrolledStudents(), Boolean.TRUE.equals(request.online()));
            if (errors.isEmpty()) {
                return elective;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }

    /** The elective a PUT writes under the key in its path, whose parts the body may repeat but not contradict. */
    static Elective forKey(String key, ElectiveRequest request, Predicate<String> isStaff) {
        List<String> parts = CompositeKey.parts(key, 3, Elective.KEY_FORM);
        FieldErrors errors = new FieldErrors();
        ElectiveRequest keyed = request.withKey(
                CompositeKey.agree("code", request.code(), parts.get(0), errors),
                CompositeKey.agree("year", request.year(), number(parts.get(1), key), errors),
                CompositeKey.agree("term", request.term(), number(parts.get(2), key), errors));
        errors.throwIfAny();
        Elective elective = from(keyed, isStaff);
        if (!elective.key().equals(key)) {
            throw InvalidInputException.of("key", "must be written '" + elective.key() + "'");
        }
        return elective;
    }

    private static Integer number(String part, String key) {
        try {
            return Integer.valueOf(part);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("key", "'" + key + "' has '" + part + "' where a whole number belongs; the key is "
                    + Elective.KEY_FORM);
        }
    }
}
