package org.vetreport.student.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.EntityStore;

/**
 * A student club (学生社团) or a student event: a club event, volunteer service, culture or sports event. A club is
 * active from {@code activeFrom} until {@code activeUntil} (absent while it is active); an event is held on
 * {@code date}.
 *
 * @param participants how many students took part, or for a club how many are members
 */
public record Activity(ActivityKind kind, String title, LocalDate date, LocalDate activeFrom, LocalDate activeUntil,
                       Integer participants) {

    private static final Pattern TITLE = Pattern.compile("[^\\p{Cntrl}]{1,100}");
    /** No title may contain it (titles exclude control characters), so two different activities never share an identity. */
    private static final String SEPARATOR = "\u001f";

    public Activity {
        FieldErrors errors = new FieldErrors()
                .check(kind != null, "kind", "is required: one of " + List.of(ActivityKind.values()))
                .check(title != null && TITLE.matcher(title.strip()).matches(), "title",
                        "must be a name of 1 to 100 characters without control characters")
                .check(participants != null, "participants", "is required")
                .check(participants == null || participants >= 0, "participants", "must not be negative");
        if (kind == ActivityKind.CLUB) {
            errors.check(activeFrom != null, "activeFrom", "is required for a CLUB: the day it started")
                    .check(date == null, "date", "applies only to events; a CLUB has activeFrom and activeUntil");
            if (activeFrom != null && activeUntil != null) {
                errors.check(activeUntil.isAfter(activeFrom), "activeUntil", "must be after activeFrom (" + activeFrom + ")");
            }
        } else if (kind != null) {
            String onlyClubs = "applies only to a CLUB; " + kind + " is an event with a date";
            errors.check(date != null, "date", "is required for " + kind + ": the day it was held")
                    .check(activeFrom == null, "activeFrom", onlyClubs)
                    .check(activeUntil == null, "activeUntil", onlyClubs);
        }
        errors.throwIfAny();
        title = title.strip();
    }

    /**
     * What makes two records the same activity: kind, title and the day it was held or, for a club, started. An
     * imported activity is stored under the key derived from it, so importing a file again finds the same ones.
     */
    public String identity() {
        return String.join(SEPARATOR, kind.name(), title, (kind.isEvent() ? date : activeFrom).toString());
    }

    /** The key an imported activity is stored under. */
    public String importKey() {
        return EntityStore.keyFor(identity());
    }
}
