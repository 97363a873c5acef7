package org.vetreport.student.survey;

import java.util.List;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.CompositeKey;

/**
 * The aggregate result of one satisfaction survey in one year: how many respondents were satisfied, dissatisfied
 * or could not say. The report's satisfaction rates are computed from these counts.
 *
 * @param notAssessable respondents who could not say (无法评价); 0 when not given
 */
public record Survey(SurveyKind survey, Integer year, Integer satisfied, Integer dissatisfied, Integer notAssessable) {

    public Survey {
        notAssessable = notAssessable == null ? 0 : notAssessable;
        FieldErrors errors = new FieldErrors()
                .check(survey != null, "survey", "is required: one of " + List.of(SurveyKind.values()))
                .check(year != null && year >= 2000 && year <= 2100, "year", "must be a year from 2000 to 2100")
                .check(satisfied != null && satisfied >= 0, "satisfied", "must be a count of 0 or more")
                .check(dissatisfied != null && dissatisfied >= 0, "dissatisfied", "must be a count of 0 or more")
                .check(notAssessable >= 0, "notAssessable", "must be a count of 0 or more");
        if (errors.isEmpty()) {
            errors.check((long) satisfied + dissatisfied + notAssessable > 0, "respondents",
                    "satisfied + dissatisfied + notAssessable must be at least 1: a survey without respondents has no result");
        }
        errors.throwIfAny();
    }

    /** Everyone who answered. */
    public long respondents() {
        return (long) satisfied + dissatisfied + notAssessable;
    }

    /** The natural key, e.g. {@code CAREER_PROSPECTS:2020}. */
    public String key() {
        return new Key(survey, year).toString();
    }

    /** The fields of a survey's natural key. */
    public record Key(SurveyKind survey, Integer year) {

        private static final String FORM = "survey:year, e.g. CAREER_PROSPECTS:2020";

        /** Reads a key as a path carries it; a field that is not of its type is an error naming the field. */
        public static Key parse(String key) {
            List<String> fields = CompositeKey.split(key, 2, FORM);
            FieldErrors errors = new FieldErrors();
            Key parsed = new Key(
                    CompositeKey.field(fields.get(0), SurveyKind::valueOf, "survey",
                            "one of " + List.of(SurveyKind.values()), errors),
                    CompositeKey.field(fields.get(1), Integer::valueOf, "year", "a year such as 2020", errors));
            errors.throwIfAny();
            return parsed;
        }

        @Override
        public String toString() {
            return CompositeKey.of(survey, year);
        }
    }
}
