package org.vetreport.finance.aidprogramme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Turns what a client sent into the programme to store, for a single write and for every import row alike. */
final class AidProgrammeDrafts {

    private AidProgrammeDrafts() {
    }

    /** @param largestAward the largest amount a programme of the school has paid, {@code null} if none */
    static AidProgramme from(AidProgrammeRequest request, String code, Function<String, BigDecimal> largestAward) {
        AidProgramme programme = new AidProgramme(code, request.name(), request.kind(), request.funder(),
                request.capPerStudent());
        Optional<FieldError> capProblem = programme.capProblem(largestAward.apply(code));
        if (capProblem.isPresent()) {
            throw new InvalidInputException(List.of(capProblem.get()));
        }
        return programme;
    }
}
