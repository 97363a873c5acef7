package org.vetreport.faculty.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vetreport.faculty.shared.CompositeKey;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Turns what a client sent into the training to store, for a single write and for every import row alike. */
final class TeacherTrainingDrafts {

    private TeacherTrainingDrafts() {
    }

    /** @param isStaff whether a staff number is a staff member of this school */
    static TeacherTraining from(TeacherTrainingRequest request, Predicate<String> isStaff) {
        List<FieldError> errors = new ArrayList<>();
        StaffNumbers.unknown(request.staffNo(), "staffNo", isStaff).ifPresent(errors::add);
        try {
            TeacherTraining training = new TeacherTraining(request.staffNo(), request.programme(), request.level(),
                    request.startOn(), request.endOn(), request.hours(), Boolean.TRUE.equals(request.online()));
            if (errors.isEmpty()) {
                return training;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }

    /** The training a PUT writes under the key in its path, whose parts the body may repeat but not contradict. */
    static TeacherTraining forKey(String key, TeacherTrainingRequest request, Predicate<String> isStaff) {
        List<String> parts = CompositeKey.parts(key, 3, TeacherTraining.KEY_FORM);
        LocalDate startOn = CompositeKey.date(parts.get(2), key, TeacherTraining.KEY_FORM);
        FieldErrors errors = new FieldErrors();
        TeacherTrainingRequest keyed = request.withKey(
                CompositeKey.agree("staffNo", request.staffNo(), parts.get(0), errors),
                CompositeKey.agree("programme", request.programme(), parts.get(1), errors),
                CompositeKey.agree("startOn", request.startOn(), startOn, errors));
        errors.throwIfAny();
        TeacherTraining training = from(keyed, isStaff);
        if (!training.key().equals(key)) {
            throw InvalidInputException.of("key", "must be written '" + training.key() + "'");
        }
        return training;
    }
}
