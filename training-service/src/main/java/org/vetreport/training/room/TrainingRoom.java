package org.vetreport.training.room;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.training.shared.Codes;
import org.vetreport.training.shared.Texts;

/**
 * A training room (实训室) of one school with its workstations (工位), open from {@code openedOn} until the day before
 * {@code closedOn}. The report's stock figures (实训室面积, 实验实训工位数, 生均工位数) count the rooms open on the
 * reference date.
 *
 * @param base       the training base (实训基地) the room belongs to, e.g. 智能制造（工业4.0）实训基地; optional
 * @param majorCodes the majors the room serves, each once, as the student service codes them; may be empty for
 *                   rooms every major uses
 * @param area       the floor area in m², exact, kept without trailing zeros so that 120.50 and 120.5 are the same
 *                   room and importing either again changes nothing
 */
public record TrainingRoom(String code, String name, String base, List<String> majorCodes, BigDecimal area,
                           Integer workstations, LocalDate openedOn, LocalDate closedOn) {

    private static final int NAME_LENGTH = 100;
    /** Larger than any building a school has: a typo, such as a missing decimal point. */
    private static final BigDecimal MAX_AREA = BigDecimal.valueOf(1_000_000);

    public TrainingRoom {
        name = Texts.strip(name);
        base = Texts.strip(base);
        majorCodes = majorCodes == null ? List.of() : majorCodes;
        FieldErrors errors = new FieldErrors()
                .check(Codes.isCode(code), "code", Codes.CODE_RULE)
                .check(Texts.fits(name, NAME_LENGTH), "name", Texts.rule(NAME_LENGTH))
                .check(base == null || Texts.fits(base, NAME_LENGTH), "base", Texts.rule(NAME_LENGTH))
                .check(workstations != null, "workstations", "is required: the number of workstations (工位), 0 or more")
                .check(workstations == null || workstations >= 0, "workstations", "must not be negative")
                .check(openedOn != null, "openedOn", "is required");
        Codes.checkEach(majorCodes, "majorCodes", Codes::isMajorCode, Codes.MAJOR_CODE_RULE, errors);
        if (area == null) {
            errors.add("area", "is required: the floor area in m²");
        } else {
            errors.check(area.signum() > 0 && area.compareTo(MAX_AREA) <= 0, "area",
                            "must be more than 0 and at most " + MAX_AREA.toPlainString() + " m²")
                    .check(area.stripTrailingZeros().scale() <= 2, "area", "must have at most two decimals, e.g. 120.25");
        }
        if (openedOn != null && closedOn != null) {
            errors.check(closedOn.isAfter(openedOn), "closedOn", "must be after openedOn (" + openedOn + ")");
        }
        errors.throwIfAny();
        majorCodes = List.copyOf(majorCodes);
        area = withoutTrailingZeros(area);
    }

    private static BigDecimal withoutTrailingZeros(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether the room is open on a day: opened on or before it and not closed by it. */
    public boolean openOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
