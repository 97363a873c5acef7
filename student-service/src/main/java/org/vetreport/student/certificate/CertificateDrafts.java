package org.vetreport.student.certificate;

import java.util.function.Predicate;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.Keyed;
import org.vetreport.platform.kit.store.CompositeKey;
import org.vetreport.student.student.StudentReferences;

/** Turns what a client sent into the certificate to store, for a single write and for every import row alike. */
final class CertificateDrafts {

    private CertificateDrafts() {
    }

    /**
     * A PUT: the key in the path gives the key fields; those the body repeats must agree with it.
     *
     * @param studentKnown whether a student number is a student of this school
     */
    static Certificate forKey(String key, CertificateRequest body, Predicate<String> studentKnown) {
        Certificate.Key path = Certificate.Key.parse(key);
        FieldErrors errors = new FieldErrors();
        CompositeKey.agree("studentNo", body.studentNo(), path.studentNo(), errors);
        CompositeKey.agree("name", body.name(), path.name(), errors);
        CompositeKey.agree("issuedOn", body.issuedOn(), path.issuedOn(), errors);
        errors.throwIfAny();
        Certificate certificate = StudentReferences.referring(path.studentNo(), studentKnown, () -> new Certificate(
                path.studentNo(), path.name(), body.kind(), body.level(), body.issuer(), path.issuedOn()));
        CompositeKey.checkWrittenAs(key, certificate.key());
        return certificate;
    }

    /** An import row, which gives every key field itself. */
    static Keyed<Certificate> fromRow(CertificateRequest row, Predicate<String> studentKnown) {
        Certificate certificate = StudentReferences.referring(row.studentNo(), studentKnown, () -> new Certificate(
                row.studentNo(), row.name(), row.kind(), row.level(), row.issuer(), row.issuedOn()));
        return new Keyed<>(certificate.key(), certificate);
    }
}
