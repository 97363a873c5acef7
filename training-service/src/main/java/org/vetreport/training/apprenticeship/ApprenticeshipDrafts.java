package org.vetreport.training.apprenticeship;

import java.util.function.Predicate;
import org.vetreport.training.partner.PartnerReferences;
import org.vetreport.training.shared.Referring;

/** Turns what a client sent into the apprenticeship to store, for a single write and for every import row alike. */
final class ApprenticeshipDrafts {

    private ApprenticeshipDrafts() {
    }

    /** @param partnerKnown whether a partner code is a partner of this school */
    static Apprenticeship from(ApprenticeshipRequest request, String code, Predicate<String> partnerKnown) {
        return Referring.build(PartnerReferences.unknown(request.partnerCode(), partnerKnown).stream().toList(),
                () -> new Apprenticeship(code, request.partnerCode(), request.majorCode(), request.year(),
                        request.studentNos(), request.mentors(), request.courses()));
    }
}
