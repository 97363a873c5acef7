package org.vetreport.student.destination;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.student.student.Student;

/** Turns what a client sent into the destination to store, for a single write and for every import row alike. */
final class DestinationDrafts {

    private DestinationDrafts() {
    }

    /** @param students the school's student with a number, {@code null} if there is none */
    static Destination from(DestinationRequest request, String studentNo, Function<String, Student> students) {
        List<FieldError> errors = new ArrayList<>(
                Destination.graduateProblems(studentNo, request.graduationYear(), students.apply(studentNo)));
        try {
            Destination destination = new Destination(studentNo, request.graduationYear(), request.destination(),
                    request.relevantToMajor(), request.local(), request.firstMonthlySalary(), request.employer());
            if (errors.isEmpty()) {
                return destination;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }
}
