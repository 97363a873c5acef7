package org.vetreport.platform.kit.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;

/** The conditions of a list request on stored entity fields: only the parameters a client gave narrow the list. */
public final class ListFilter {

    private final List<Bson> conditions = new ArrayList<>();

    /** Enums are stored by name, dates as YYYY-MM-DD, numbers and booleans as themselves. */
    public ListFilter equal(String field, Object value) {
        if (value != null) {
            conditions.add(eq(EntityStore.field(field), value instanceof Enum<?> constant ? constant.name() : value));
        }
        return this;
    }

    /** On or after the day; ISO dates compare as text in date order. */
    public ListFilter onOrAfter(String field, LocalDate day) {
        if (day != null) {
            conditions.add(gte(EntityStore.field(field), day.toString()));
        }
        return this;
    }

    public ListFilter onOrBefore(String field, LocalDate day) {
        if (day != null) {
            conditions.add(lte(EntityStore.field(field), day.toString()));
        }
        return this;
    }

    /** Dates within a calendar year; any number is a harmless filter, a year without records simply matches none. */
    public ListFilter inYear(String field, Integer year) {
        if (year != null) {
            conditions.add(gte(EntityStore.field(field), year + "-01-01"));
            conditions.add(lte(EntityStore.field(field), year + "-12-31"));
        }
        return this;
    }

    /** For {@link EntityStore#list}: {@code null} when nothing narrows the list. */
    public Bson toBson() {
        return conditions.isEmpty() ? null : and(conditions);
    }
}
