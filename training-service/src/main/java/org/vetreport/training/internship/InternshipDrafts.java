package org.vetreport.training.internship;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.CompositeKey;
import org.vetreport.platform.kit.store.Keyed;
import org.vetreport.training.partner.PartnerReferences;
import org.vetreport.training.shared.Referring;

/** Turns what a client sent into the internship to store, for a single write and for every import row alike. */
final class InternshipDrafts {

    private InternshipDrafts() {
    }

    /**
     * A PUT: the key in the path gives studentNo and startOn; those the body repeats must agree with it.
     *
     * @param partnerKnown whether a partner code is a partner of this school
     */
    static Internship forKey(String key, InternshipRequest body, Predicate<String> partnerKnown) {
        Internship.Key path = Internship.Key.parse(key);
        FieldErrors errors = new FieldErrors();
        CompositeKey.agree("studentNo", body.studentNo(), path.studentNo(), errors);
        CompositeKey.agree("startOn", body.startOn(), path.startOn(), errors);
        errors.throwIfAny();
        Internship internship = build(body, path.studentNo(), path.startOn(), partnerKnown);
        CompositeKey.checkWrittenAs(key, internship.key());
        return internship;
    }

    /** An import row, which gives the key fields itself. */
    static Keyed<Internship> fromRow(InternshipRequest row, Predicate<String> partnerKnown) {
        Internship internship = build(row, row.studentNo(), row.startOn(), partnerKnown);
        return new Keyed<>(internship.key(), internship);
    }

    private static Internship build(InternshipRequest request, String studentNo, LocalDate startOn,
                                    Predicate<String> partnerKnown) {
        return Referring.build(PartnerReferences.unknown(request.partnerCode(), partnerKnown).stream().toList(),
                () -> request.toInternship(studentNo, startOn));
    }
}
