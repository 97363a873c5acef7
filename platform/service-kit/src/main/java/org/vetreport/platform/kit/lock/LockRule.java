package org.vetreport.platform.kit.lock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Whether a write may change an entity while some of its school's report years are locked: it may unless a locked
 * period would see the entity differently afterwards ({@link EntityType#view}). Creation and deletion are writes
 * whose before or after is nothing, which no period sees.
 */
public final class LockRule {

    private LockRule() {
    }

    /**
     * @param before the stored entity, {@code null} when it is new
     * @param after  the entity as the write leaves it, {@code null} for a deletion
     * @return the refusal, or empty when the write changes no locked figure
     */
    public static <T> Optional<YearLockedException> check(EntityType<T> type, String school, String key, T before,
                                                          T after, List<ReportPeriod> locked) {
        for (ReportPeriod period : locked) {
            Map<String, Object> seenBefore = before == null ? Map.of() : type.view(before, period);
            Map<String, Object> seenAfter = after == null ? Map.of() : type.view(after, period);
            if (!seenBefore.equals(seenAfter)) {
                Map<String, String> fields = changedFields(type, before, after, seenBefore, seenAfter, period);
                String what = before == null ? "creating" : after == null ? "deleting" : "this change of";
                String detail = "the report year " + period.year() + " of school '" + school + "' is locked: "
                        + what + " " + type.name() + " '" + key + "' would change the figures of its data period "
                        + period.from() + " to " + period.to() + " (" + String.join(", ", fields.values())
                        + "); a locked year changes only after the report editors reopen it";
                List<FieldError> errors = new ArrayList<>();
                for (String field : fields.keySet()) {
                    errors.add(new FieldError(field, "would change the figures of the locked report year "
                            + period.year() + " (" + period.from() + " to " + period.to() + ") of school '" + school
                            + "'"));
                }
                return Optional.of(new YearLockedException(detail, errors));
            }
        }
        return Optional.empty();
    }

    /**
     * The fields to name, with what to say of each in the detail: for a creation or deletion the dates that place
     * the entity in the period; otherwise the fields the period sees that differ; when it sees the entity on one
     * side only, the fields it sees that the write changes, so the date that moved the entity out of (or into) the
     * period is named.
     */
    private static <T> Map<String, String> changedFields(EntityType<T> type, T before, T after,
            Map<String, Object> seenBefore, Map<String, Object> seenAfter, ReportPeriod period) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (before == null || after == null) {
            T present = before == null ? after : before;
            type.dates(present).stream().filter(date -> date.in(period))
                    .forEach(date -> fields.putIfAbsent(date.field(), date.describe()));
        } else {
            boolean seenBoth = !seenBefore.isEmpty() && !seenAfter.isEmpty();
            Map<String, Object> left = seenBoth ? seenBefore : PeriodViews.fields((Record) before);
            Map<String, Object> right = seenBoth ? seenAfter : PeriodViews.fields((Record) after);
            Set<String> names = new LinkedHashSet<>(seenBefore.keySet());
            names.addAll(seenAfter.keySet());
            for (String name : names) {
                if (!Objects.equals(left.get(name), right.get(name))) {
                    fields.put(name, name);
                }
            }
        }
        if (fields.isEmpty()) {
            fields.put(type.name(), type.name());
        }
        return fields;
    }
}
