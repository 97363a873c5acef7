package org.vetreport.student.assessment;

import java.util.function.Predicate;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.Keyed;
import org.vetreport.platform.kit.store.CompositeKey;
import org.vetreport.student.student.StudentReferences;

/** Turns what a client sent into the assessment to store, for a single write and for every import row alike. */
final class AssessmentDrafts {

    private AssessmentDrafts() {
    }

    /**
     * A PUT: the key in the path gives the key fields; those the body repeats must agree with it.
     *
     * @param studentKnown whether a student number is a student of this school
     */
    static Assessment forKey(String key, AssessmentRequest body, Predicate<String> studentKnown) {
        Assessment.Key path = Assessment.Key.parse(key);
        FieldErrors errors = new FieldErrors();
        CompositeKey.agree("studentNo", body.studentNo(), path.studentNo(), errors);
        CompositeKey.agree("year", body.year(), path.year(), errors);
        CompositeKey.agree("term", body.term(), path.term(), errors);
        CompositeKey.agree("kind", body.kind(), path.kind(), errors);
        CompositeKey.agree("subject", body.subject(), path.subject(), errors);
        errors.throwIfAny();
        Assessment assessment = StudentReferences.referring(path.studentNo(), studentKnown, () -> new Assessment(
                path.studentNo(), path.year(), path.term(), path.kind(), path.subject(), body.passed(), body.score()));
        CompositeKey.checkWrittenAs(key, assessment.key());
        return assessment;
    }

    /** An import row, which gives every key field itself. */
    static Keyed<Assessment> fromRow(AssessmentRequest row, Predicate<String> studentKnown) {
        Assessment assessment = StudentReferences.referring(row.studentNo(), studentKnown, () -> new Assessment(
                row.studentNo(), row.year(), row.term(), row.kind(), row.subject(), row.passed(), row.score()));
        return new Keyed<>(assessment.key(), assessment);
    }
}
