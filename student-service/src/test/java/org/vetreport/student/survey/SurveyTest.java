package org.vetreport.student.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class SurveyTest {

    private static Survey counts(Integer satisfied, Integer dissatisfied, Integer notAssessable) {
        return new Survey(SurveyKind.CAREER_PROSPECTS, 2020, satisfied, dissatisfied, notAssessable);
    }

    private static void assertBroken(Runnable construction, String... fields) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
    }

    @Test
    void theKeyIsSurveyAndYearAndParsesBack() {
        assertThat(counts(1825, 175, 0).key()).isEqualTo("CAREER_PROSPECTS:2020");
        assertThat(Survey.Key.parse("CAREER_PROSPECTS:2020")).isEqualTo(new Survey.Key(SurveyKind.CAREER_PROSPECTS, 2020));
    }

    @Test
    void anUnknownSurveyInAKeyIsNamed() {
        assertThatThrownBy(() -> Survey.Key.parse("CANTEEN:2020")).hasMessageContaining("survey: 'CANTEEN' in the key is not one of");
        assertBroken(() -> Survey.Key.parse("CANTEEN"), "key");
    }

    @Test
    void countsMustNotBeNegative() {
        assertBroken(() -> counts(-1, -2, -3), "satisfied", "dissatisfied", "notAssessable");
    }

    @Test
    void aSurveyNeedsAtLeastOneRespondent() {
        assertThatThrownBy(() -> counts(0, 0, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("respondents", "satisfied + dissatisfied + notAssessable must be at least 1: "
                                + "a survey without respondents has no result")));
        assertThat(counts(0, 0, 1).respondents()).isEqualTo(1);
    }

    @Test
    void undecidedRespondentsAreNoneWhenNotGiven() {
        Survey survey = counts(1825, 175, null);

        assertThat(survey.notAssessable()).isZero();
        assertThat(survey.respondents()).isEqualTo(2000);
    }

    @Test
    void theYearIsFrom2000To2100AndEverythingRequiredIsReportedAtOnce() {
        assertBroken(() -> new Survey(SurveyKind.TEACHING, 1999, 1, 0, 0), "year");
        assertBroken(() -> new Survey(null, null, null, null, null), "survey", "year", "satisfied", "dissatisfied");
    }
}
