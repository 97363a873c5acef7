package org.vetreport.platform.kit.web;

import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.store.Precondition;

/** Entity versions as HTTP entity tags: version 3 is {@code ETag: "3"}. */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Reads an {@code If-Match} header; absent means no precondition. */
    public static Precondition ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return Precondition.NONE;
        }
        String value = header.trim();
        if (value.equals("*")) {
            return Precondition.EXISTS;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Precondition.version(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "must be an entity tag this API issued, such as \"3\", or *");
        }
    }
}
