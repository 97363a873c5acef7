package org.vetreport.faculty.research;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Turns what a client sent into the output to store, for a single write and for every import row alike. */
final class ResearchOutputDrafts {

    private ResearchOutputDrafts() {
    }

    /** @param isStaff whether a staff number is a staff member of this school */
    static ResearchOutput from(ResearchOutputRequest request, Predicate<String> isStaff) {
        List<FieldError> errors = new ArrayList<>(StaffNumbers.unknown(request.staffNos(), "staffNos", isStaff));
        try {
            ResearchOutput output = new ResearchOutput(request.type(), request.title(), request.level(), request.date(),
                    request.staffNos());
            if (errors.isEmpty()) {
                return output;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }
}
