package org.vetreport.platform.kit.error;

import java.util.List;
import java.util.stream.Collectors;

/** The input breaks one or more rules; every broken rule is listed with the field it concerns. */
public class InvalidInputException extends ApiException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(400, "Bad Request", errors.stream().map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
