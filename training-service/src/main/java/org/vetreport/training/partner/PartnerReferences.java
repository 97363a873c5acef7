package org.vetreport.training.partner;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.training.shared.Codes;

/** The partners of a school as the records referring to them (apprenticeships, internships) see them. */
@Component
public class PartnerReferences {

    private final EntityStore<Partner> partners;

    PartnerReferences(EntityStore<Partner> partners) {
        this.partners = partners;
    }

    /** For a single write: one lookup of the one partner it names. */
    public Predicate<String> of(String school) {
        return partnerCode -> partners.contains(school, partnerCode);
    }

    /** For an import: every partner code of the school, loaded once rather than once per row. */
    public Predicate<String> loadAll(String school) {
        Set<String> codes = partners.all(school, null).stream().map(Partner::code).collect(Collectors.toSet());
        return codes::contains;
    }

    /** A well-formed partner code that names no partner of the school, as the error of {@code partnerCode}. */
    public static Optional<FieldError> unknown(String partnerCode, Predicate<String> known) {
        if (Codes.isCode(partnerCode) && !known.test(partnerCode)) {
            return Optional.of(new FieldError("partnerCode", "'" + partnerCode + "' is not a partner of this school; "
                    + "record the partner first"));
        }
        return Optional.empty();
    }
}
