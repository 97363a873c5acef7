package org.vetreport.faculty.research;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.faculty.shared.Level;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.EntityStore;

/**
 * An output of staff's research and teaching practice (科研成果): a paper, a project granted, an award, a patent, a
 * textbook or a standard, by one or several staff members.
 *
 * @param date     the day it was published, granted or awarded
 * @param staffNos the staff members who produced it: at least one, each once, in the order given
 */
public record ResearchOutput(OutputType type, String title, Level level, LocalDate date, List<String> staffNos) {

    private static final Pattern TITLE = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    /** No field may contain it (titles exclude control characters), so two different outputs never share an identity. */
    private static final String SEPARATOR = "\u001f";

    public ResearchOutput {
        title = title == null ? null : title.strip();
        FieldErrors errors = new FieldErrors()
                .check(type != null, "type", "is required: one of " + List.of(OutputType.values()))
                .check(title != null && TITLE.matcher(title).matches(), "title",
                        "must be 1 to 200 characters without control characters")
                .check(level != null, "level", "is required: one of " + List.of(Level.values()))
                .check(date != null, "date", "is required");
        StaffNumbers.checkList(staffNos, "staffNos", errors);
        errors.throwIfAny();
        staffNos = List.copyOf(staffNos);
    }

    /**
     * What makes two records the same output: type, title, level, date and the staff in any order. An imported output
     * is stored under the key derived from it, so importing a file again finds the same outputs.
     */
    public String identity() {
        return String.join(SEPARATOR, type.name(), title, level.name(), date.toString(),
                String.join(",", staffNos.stream().sorted().toList()));
    }

    /** The key an imported output is stored under. */
    public String importKey() {
        return EntityStore.keyFor(identity());
    }
}
