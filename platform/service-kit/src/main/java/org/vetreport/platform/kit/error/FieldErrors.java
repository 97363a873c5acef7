package org.vetreport.platform.kit.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of an input before failing, so the caller learns all of them at once. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public FieldErrors check(boolean rule, String field, String message) {
        if (!rule) {
            add(field, message);
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
