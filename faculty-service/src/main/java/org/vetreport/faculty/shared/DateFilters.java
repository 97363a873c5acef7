package org.vetreport.faculty.shared;

import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.EntityStore;

/** List filters on a date field by calendar year and by a range of days; stored dates are ISO text, ordered as days. */
public final class DateFilters {

    private DateFilters() {
    }

    /**
     * @param field the entity's date field
     * @param year  only dates in this calendar year, or {@code null}
     * @param from  only dates on or after this day, or {@code null}
     * @param to    only dates on or before this day, or {@code null}
     */
    public static List<Bson> within(String field, Integer year, LocalDate from, LocalDate to) {
        new FieldErrors().check(year == null || (year >= 1 && year <= 9999), "year", "must be a year from 1 to 9999")
                .throwIfAny();
        List<Bson> filters = new ArrayList<>();
        if (year != null) {
            filters.add(gte(EntityStore.field(field), LocalDate.of(year, 1, 1).toString()));
            filters.add(lte(EntityStore.field(field), LocalDate.of(year, 12, 31).toString()));
        }
        if (from != null) {
            filters.add(gte(EntityStore.field(field), from.toString()));
        }
        if (to != null) {
            filters.add(lte(EntityStore.field(field), to.toString()));
        }
        return filters;
    }
}
