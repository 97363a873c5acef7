package org.vetreport.training.partner;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.training.shared.Codes;
import org.vetreport.training.shared.Texts;

/**
 * An enterprise or institution the school cooperates with (校企合作单位), in one or more ways, from {@code since} to
 * {@code until}. Apprenticeships and internships refer to it by code.
 *
 * @param kinds                the ways of cooperating: at least one, each once, in the order given
 * @param until                the last day of the cooperation, as agreements state it; absent while it lasts
 * @param workstationsProvided the workstations (工位) the partner provides for students' training, 0 when absent
 */
public record Partner(String code, String name, String industry, String city, List<PartnerKind> kinds,
                      LocalDate since, LocalDate until, Integer workstationsProvided) {

    private static final int NAME_LENGTH = 100;
    private static final int LABEL_LENGTH = 50;

    public Partner {
        name = Texts.strip(name);
        industry = Texts.strip(industry);
        city = Texts.strip(city);
        workstationsProvided = workstationsProvided == null ? 0 : workstationsProvided;
        FieldErrors errors = new FieldErrors()
                .check(Codes.isCode(code), "code", Codes.CODE_RULE)
                .check(Texts.fits(name, NAME_LENGTH), "name", Texts.rule(NAME_LENGTH))
                .check(industry == null || Texts.fits(industry, LABEL_LENGTH), "industry", Texts.rule(LABEL_LENGTH))
                .check(city == null || Texts.fits(city, LABEL_LENGTH), "city", Texts.rule(LABEL_LENGTH))
                .check(since != null, "since", "is required: the first day of the cooperation")
                .check(workstationsProvided >= 0, "workstationsProvided", "must not be negative");
        checkKinds(kinds, errors);
        if (since != null && until != null) {
            errors.check(!until.isBefore(since), "until", "must not be before since (" + since + ")");
        }
        errors.throwIfAny();
        kinds = List.copyOf(kinds);
    }

    private static void checkKinds(List<PartnerKind> kinds, FieldErrors errors) {
        if (kinds == null || kinds.isEmpty()) {
            errors.add("kinds", "must name at least one kind of cooperation: " + List.of(PartnerKind.values()));
            return;
        }
        Set<PartnerKind> seen = EnumSet.noneOf(PartnerKind.class);
        for (int i = 0; i < kinds.size(); i++) {
            PartnerKind kind = kinds.get(i);
            if (kind == null) {
                errors.add("kinds[" + i + "]", "must be one of " + List.of(PartnerKind.values()));
            } else if (!seen.add(kind)) {
                errors.add("kinds[" + i + "]", "names " + kind + " a second time");
            }
        }
    }

    /** Whether the school cooperates with the partner on a day: from {@code since} to {@code until}, both included. */
    public boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }
}
