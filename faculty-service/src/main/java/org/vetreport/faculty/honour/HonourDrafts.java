package org.vetreport.faculty.honour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vetreport.faculty.shared.CompositeKey;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;

/** Turns what a client sent into the honour to store, for a single write and for every import row alike. */
final class HonourDrafts {

    private HonourDrafts() {
    }

    /** @param isStaff whether a staff number is a staff member of this school */
    static Honour from(HonourRequest request, Predicate<String> isStaff) {
        List<FieldError> errors = new ArrayList<>();
        StaffNumbers.unknown(request.staffNo(), "staffNo", isStaff).ifPresent(errors::add);
        try {
            Honour honour = new Honour(request.staffNo(), request.title(), request.level(), request.awardedOn());
            if (errors.isEmpty()) {
                return honour;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }

    /** The honour a PUT writes under the key in its path, whose parts the body may repeat but not contradict. */
    static Honour forKey(String key, HonourRequest request, Predicate<String> isStaff) {
        List<String> parts = CompositeKey.parts(key, 3, Honour.KEY_FORM);
        LocalDate awardedOn = CompositeKey.date(parts.get(2), key, Honour.KEY_FORM);
        FieldErrors errors = new FieldErrors();
        HonourRequest keyed = request.withKey(
                CompositeKey.agree("staffNo", request.staffNo(), parts.get(0), errors),
                CompositeKey.agree("title", request.title(), parts.get(1), errors),
                CompositeKey.agree("awardedOn", request.awardedOn(), awardedOn, errors));
        errors.throwIfAny();
        Honour honour = from(keyed, isStaff);
        if (!honour.key().equals(key)) {
            throw InvalidInputException.of("key", "must be written '" + honour.key() + "'");
        }
        return honour;
    }
}
