package org.vetreport.platform.kit.error;

/**
 * One problem with one field of the input.
 *
 * @param field   the field's path in the request, e.g. {@code openedOn} or {@code statusHistory[2].effectiveOn}
 * @param message what is wrong and what is allowed
 */
public record FieldError(String field, String message) {
}
