package org.vetreport.student.activity;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.EntityStore;

/**
 * The days a list of activities asks about, from {@code first} to {@code last}, either end open. Events held on one
 * of them and clubs active on one of them take place in it.
 */
record Period(LocalDate first, LocalDate last) {

    /** A calendar year, a range of days, or the overlap of both. */
    static Period of(Integer year, LocalDate from, LocalDate to) {
        new FieldErrors()
                .check(year == null || (year >= 1 && year <= 9999), "year", "must be a year from 1 to 9999")
                .check(from == null || to == null || !to.isBefore(from), "to", "must not be before from (" + from + ")")
                .throwIfAny();
        return new Period(latest(from, year == null ? null : LocalDate.of(year, 1, 1)),
                earliest(to, year == null ? null : LocalDate.of(year, 12, 31)));
    }

    boolean unbounded() {
        return first == null && last == null;
    }

    /** A year and a range that do not overlap leave no day at all. */
    boolean isEmpty() {
        return first != null && last != null && first.isAfter(last);
    }

    Bson filter() {
        return or(eventsIn(), clubsActiveIn());
    }

    private Bson eventsIn() {
        List<Bson> conditions = new ArrayList<>();
        if (first != null) {
            conditions.add(gte(EntityStore.field("date"), first.toString()));
        }
        if (last != null) {
            conditions.add(lte(EntityStore.field("date"), last.toString()));
        }
        return and(conditions);
    }

    private Bson clubsActiveIn() {
        List<Bson> conditions = new ArrayList<>(List.of(eq(EntityStore.field("kind"), ActivityKind.CLUB.name())));
        if (first != null) {
            conditions.add(or(eq(EntityStore.field("activeUntil"), null),
                    gte(EntityStore.field("activeUntil"), first.toString())));
        }
        if (last != null) {
            conditions.add(lte(EntityStore.field("activeFrom"), last.toString()));
        }
        return and(conditions);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }
}
