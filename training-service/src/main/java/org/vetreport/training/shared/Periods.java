package org.vetreport.training.shared;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import java.time.LocalDate;
import org.bson.conversions.Bson;
import org.vetreport.platform.kit.store.EntityStore;

/**
 * List conditions on records that last from one day to another (rooms in use, partnerships), which the kit's
 * {@link org.vetreport.platform.kit.store.ListFilter} does not express. Dates are stored as ISO text, which orders
 * as days; an end never given is stored as null.
 */
public final class Periods {

    private Periods() {
    }

    /**
     * Records current on a day: begun on or before it and not ended by it.
     *
     * @param endIncluded whether the end field names the last day of the period (a partnership until 2021-08-31) or
     *                    the first day after it (a room closed on 2024-07-01)
     * @return {@code null} without a day, so that no condition applies
     */
    public static Bson currentOn(LocalDate day, String start, String end, boolean endIncluded) {
        if (day == null) {
            return null;
        }
        String text = day.toString();
        Bson notEnded = endIncluded ? gte(EntityStore.field(end), text) : gt(EntityStore.field(end), text);
        return and(lte(EntityStore.field(start), text), or(eq(EntityStore.field(end), null), notEnded));
    }

    /** Both conditions, either of which may be {@code null} for none. */
    public static Bson both(Bson first, Bson second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : and(first, second);
    }
}
