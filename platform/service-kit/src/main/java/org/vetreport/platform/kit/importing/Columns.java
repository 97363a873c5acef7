package org.vetreport.platform.kit.importing;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * Maps the column headers of a spreadsheet to the fields of the rows: the field's own name or one of its Chinese
 * aliases. A header that names no field rejects the file, as an unknown JSON field would.
 */
final class Columns {

    private final Map<String, String> fieldsByHeader = new HashMap<>();
    private final Set<String> accepted = new LinkedHashSet<>();

    Columns(Class<?> rowType, Map<String, String> aliases) {
        for (RecordComponent component : rowType.getRecordComponents()) {
            fieldsByHeader.put(normalize(component.getName()), component.getName());
            accepted.add(component.getName());
        }
        aliases.forEach((alias, field) -> {
            fieldsByHeader.put(normalize(alias), field);
            accepted.add(alias);
        });
    }

    /**
     * @return the field of each column, {@code null} for a column without a header
     * @throws org.vetreport.platform.kit.error.InvalidInputException for unknown or repeated headers
     */
    List<String> fieldsOf(List<String> headers) {
        FieldErrors errors = new FieldErrors();
        List<String> fields = new ArrayList<>(headers.size());
        Set<String> seen = new LinkedHashSet<>();
        for (String header : headers) {
            String name = header == null ? "" : header.strip();
            if (name.isEmpty()) {
                fields.add(null);
                continue;
            }
            String field = fieldsByHeader.get(normalize(name));
            if (field == null) {
                errors.add("columns", "'" + name + "' is not a column of this import; accepted columns are "
                        + String.join(", ", accepted));
            } else if (!seen.add(field)) {
                errors.add("columns", "'" + name + "' repeats the column of field " + field);
            }
            fields.add(field);
        }
        errors.throwIfAny();
        return fields;
    }

    private static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
