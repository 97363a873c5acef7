package org.vetreport.platform.kit.web;

import java.util.Collection;
import java.util.stream.Collectors;
import org.vetreport.platform.kit.error.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says what is wrong with a JSON value in words a client can act on: which field, what was sent, what is
 * allowed. Used for request bodies and for every row of a bulk import.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static FieldError describe(JacksonException e) {
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(field, "is not a field of this resource; allowed fields are "
                    + names(unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidFormatException format) {
            return new FieldError(field, "'" + format.getValue() + "' is not valid: expected "
                    + TypeDescriptions.of(format.getTargetType()));
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return new FieldError(field.isEmpty() ? "body" : field, instantiation.getCause().getMessage());
        }
        if (e instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            return new FieldError(field, "has the wrong type: expected " + TypeDescriptions.of(mismatch.getTargetType()));
        }
        if (e instanceof StreamReadException) {
            TokenStreamLocation location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return new FieldError("body", "is not well-formed JSON" + where + ": " + e.getOriginalMessage());
        }
        return new FieldError(field.isEmpty() ? "body" : field, e.getOriginalMessage());
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String names(Collection<Object> known) {
        return known == null ? "(none)" : known.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }
}
