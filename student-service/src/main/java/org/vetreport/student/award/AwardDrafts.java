package org.vetreport.student.award;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Turns what a client sent into the award to store, for a single write and for every import row alike. */
final class AwardDrafts {

    private AwardDrafts() {
    }

    /** @param isStudent whether a student number is a student of this school */
    static Award from(AwardRequest request, Predicate<String> isStudent) {
        List<FieldError> errors = new ArrayList<>();
        List<String> studentNos = request.studentNos() == null ? List.of() : request.studentNos();
        for (int i = 0; i < studentNos.size(); i++) {
            String studentNo = studentNos.get(i);
            if (Award.isStudentNo(studentNo) && !isStudent.test(studentNo)) {
                errors.add(new FieldError("studentNos[" + i + "]", "'" + studentNo + "' is not a student of this school"));
            }
        }
        try {
            Award award = new Award(request.competition(), request.event(), request.tier(), request.medal(),
                    request.awardedOn(), request.studentNos());
            if (errors.isEmpty()) {
                return award;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }
}
