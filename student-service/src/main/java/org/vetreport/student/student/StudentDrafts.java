package org.vetreport.student.student;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Turns what a client sent into the student to store, for a single write and for every import row alike. */
final class StudentDrafts {

    private StudentDrafts() {
    }

    /**
     * @param stored     the student as stored, {@code null} if new
     * @param majorKnown whether a major code is a major of this school
     */
    static Student from(StudentRequest request, String studentNo, Student stored, Predicate<String> majorKnown) {
        List<FieldError> errors = new ArrayList<>();
        if (request.majorCode() != null && !majorKnown.test(request.majorCode())) {
            errors.add(new FieldError("majorCode", "'" + request.majorCode() + "' is not a major of this school"));
        }
        String idNumber = request.idNumber();
        if (stored != null && idNumber != null && idNumber.equals(IdNumber.mask(stored.idNumber()))) {
            idNumber = stored.idNumber();
        }
        try {
            List<StatusChange> history = stored == null || request.enrolledOn() == null
                    ? request.statusHistory()
                    : Student.continuedHistory(stored.statusHistory(), request.statusHistory(), request.enrolledOn());
            Student student = new Student(studentNo, request.name(), request.gender(), idNumber, request.birthDate(),
                    request.majorCode(), request.className(), request.programme(),
                    request.fullTime() == null || request.fullTime(), request.enrolledOn(),
                    request.expectedGraduationOn(), history);
            if (errors.isEmpty()) {
                return student;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }
}
