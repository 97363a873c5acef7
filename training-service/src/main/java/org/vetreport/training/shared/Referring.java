package org.vetreport.training.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Builds records that refer to other records, for a single write and for every import row alike. */
public final class Referring {

    private Referring() {
    }

    /**
     * Builds a record, reporting the references that name nothing (found by the caller) together with every rule the
     * record itself breaks, so a client learns all of them at once.
     *
     * @throws InvalidInputException listing every problem, the references first
     */
    public static <T> T build(List<FieldError> unknownReferences, Supplier<T> record) {
        List<FieldError> errors = new ArrayList<>(unknownReferences);
        try {
            T value = record.get();
            if (errors.isEmpty()) {
                return value;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }
}
