package org.vetreport.platform.kit.lock;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Building blocks of the views entity types give of their entities to the figures of a period. */
public final class PeriodViews {

    private PeriodViews() {
    }

    /**
     * The fields of a record by name, in declaration order, except the excluded ones: fields no figure reads (a
     * person's name, a class name), which therefore stay correctable after a year is locked.
     */
    public static Map<String, Object> fields(Record value, String... excluded) {
        Set<String> skipped = Set.of(excluded);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (skipped.contains(component.getName())) {
                continue;
            }
            try {
                component.getAccessor().setAccessible(true);
                fields.put(component.getName(), component.getAccessor().invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + value.getClass(), e);
            }
        }
        return Collections.unmodifiableMap(fields);
    }
}
