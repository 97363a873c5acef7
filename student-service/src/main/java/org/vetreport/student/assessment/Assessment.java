package org.vetreport.student.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.CompositeKey;
import org.vetreport.student.student.Student;

/**
 * One result of one student in one term: a cultural course (文化课) in one subject, the skill test (专业技能测试)
 * or the fitness test (体质测试). The report's pass rates count these.
 *
 * @param year  the report year (年度) the result counts towards
 * @param term  the term (学期) of that year, 1 or 2
 * @param score optional, 0 to 100 with at most one decimal; kept without trailing zeros, so that 85.50 and 85.5
 *              are the same result and importing either again changes nothing
 */
public record Assessment(String studentNo, Integer year, Integer term, AssessmentKind kind, Subject subject,
                         Boolean passed, BigDecimal score) {

    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    public Assessment {
        FieldErrors errors = new FieldErrors()
                .check(Student.isNumber(studentNo), "studentNo", Student.NUMBER_RULE)
                .check(year != null && year >= 2000 && year <= 2100, "year", "must be a year from 2000 to 2100")
                .check(term != null && (term == 1 || term == 2), "term", "must be 1 or 2")
                .check(kind != null, "kind", "is required: one of " + List.of(AssessmentKind.values()))
                .check(passed != null, "passed", "is required: true or false");
        if (kind == AssessmentKind.CULTURAL) {
            errors.check(subject != null, "subject", "is required for a CULTURAL assessment: one of "
                    + List.of(Subject.values()));
        } else if (kind != null) {
            errors.check(subject == null, "subject", "must be absent unless kind is CULTURAL; a " + kind
                    + " assessment has no subject");
        }
        if (score != null) {
            errors.check(score.signum() >= 0 && score.compareTo(MAX_SCORE) <= 0, "score", "must be from 0 to 100")
                    .check(score.stripTrailingZeros().scale() <= 1, "score", "must have at most one decimal, e.g. 86.5");
        }
        errors.throwIfAny();
        score = withoutTrailingZeros(score);
    }

    private static BigDecimal withoutTrailingZeros(BigDecimal score) {
        if (score == null) {
            return null;
        }
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The natural key, e.g. {@code 2020001:2020:1:CULTURAL:CHINESE} or {@code 2020001:2020:2:FITNESS:-}. */
    public String key() {
        return new Key(studentNo, year, term, kind, subject).toString();
    }

    /** The fields of an assessment's natural key. */
    public record Key(String studentNo, Integer year, Integer term, AssessmentKind kind, Subject subject) {

        private static final String FORM = "studentNo:year:term:kind:subject, e.g. 2020001:2020:1:CULTURAL:CHINESE "
                + "or 2020001:2020:2:FITNESS:- (a subject only for CULTURAL)";

        /** Reads a key as a path carries it; a field that is not of its type is an error naming the field. */
        public static Key parse(String key) {
            List<String> fields = CompositeKey.split(key, 5, FORM);
            FieldErrors errors = new FieldErrors();
            Key parsed = new Key(
                    CompositeKey.field(fields.get(0), text -> text, "studentNo", "a student number", errors),
                    CompositeKey.field(fields.get(1), Integer::valueOf, "year", "a year such as 2020", errors),
                    CompositeKey.field(fields.get(2), Integer::valueOf, "term", "1 or 2", errors),
                    CompositeKey.field(fields.get(3), AssessmentKind::valueOf, "kind",
                            "one of " + List.of(AssessmentKind.values()), errors),
                    CompositeKey.field(fields.get(4), Subject::valueOf, "subject",
                            "one of " + List.of(Subject.values()) + " or " + CompositeKey.ABSENT, errors));
            errors.throwIfAny();
            return parsed;
        }

        @Override
        public String toString() {
            return CompositeKey.of(studentNo, year, term, kind, subject);
        }
    }
}
