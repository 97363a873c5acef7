package org.vetreport.finance.aidaward;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.vetreport.finance.aidprogramme.AidProgramme;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Turns what a client sent into the award to store, for a single write and for every import row alike. */
final class AidAwardDrafts {

    private AidAwardDrafts() {
    }

    /**
     * @param key        the award's key: from the path of a single write, from the row itself in an import
     * @param programmes the school's programme with a code, {@code null} if there is none
     */
    static AidAward from(AidAwardRequest request, AidAward.Key key, Function<String, AidProgramme> programmes) {
        List<FieldError> errors = new ArrayList<>();
        sameAsKey("programmeCode", request.programmeCode(), key.programmeCode(), errors);
        sameAsKey("studentNo", request.studentNo(), key.studentNo(), errors);
        sameAsKey("year", request.year(), key.year(), errors);
        sameAsKey("term", request.term(), key.term(), errors);
        try {
            AidAward award = new AidAward(key.programmeCode(), key.studentNo(), key.year(), key.term(),
                    request.amount(), request.paidOn());
            errors.addAll(award.programmeProblems(programmes.apply(award.programmeCode())));
            if (errors.isEmpty()) {
                return award;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }

    private static void sameAsKey(String field, Object given, Object inKey, List<FieldError> errors) {
        if (given != null && !Objects.equals(given, inKey)) {
            errors.add(new FieldError(field, "'" + given + "' differs from the key in the path (" + inKey + ")"));
        }
    }
}
