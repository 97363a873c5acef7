package org.vetreport.student.survey;

import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.Keyed;
import org.vetreport.platform.kit.store.CompositeKey;

/** Turns what a client sent into the survey result to store, for a single write and for every import row alike. */
final class SurveyDrafts {

    private SurveyDrafts() {
    }

    /** A PUT: the key in the path gives the key fields; those the body repeats must agree with it. */
    static Survey forKey(String key, SurveyRequest body) {
        Survey.Key path = Survey.Key.parse(key);
        FieldErrors errors = new FieldErrors();
        CompositeKey.agree("survey", body.survey(), path.survey(), errors);
        CompositeKey.agree("year", body.year(), path.year(), errors);
        errors.throwIfAny();
        Survey survey = new Survey(path.survey(), path.year(), body.satisfied(), body.dissatisfied(), body.notAssessable());
        CompositeKey.checkWrittenAs(key, survey.key());
        return survey;
    }

    /** An import row, which gives every key field itself. */
    static Keyed<Survey> fromRow(SurveyRequest row) {
        Survey survey = new Survey(row.survey(), row.year(), row.satisfied(), row.dissatisfied(), row.notAssessable());
        return new Keyed<>(survey.key(), survey);
    }
}
