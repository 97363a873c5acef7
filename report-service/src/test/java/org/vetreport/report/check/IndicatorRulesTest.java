package org.vetreport.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vetreport.report.check.Fixtures.context;
import static org.vetreport.report.check.Fixtures.value;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorRulesTest {

    @Test
    void aRateAbove100PercentIsAnErrorAboutItsIndicator() {
        assertThat(new RateOverHundred().check(context(value("destinations.employmentRate", "%", "100.01", null, null, 3))))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.indicator()).isEqualTo("destinations.employmentRate");
                    assertThat(f.messageEn()).contains("100.01 %");
                });
    }

    @Test
    void ratesUpTo100PercentRatesWithoutValueAndOtherUnitsPass() {
        assertThat(new RateOverHundred().check(context(value("a", "%", "100.00", null, null, 3),
                value("b", "%", null, null, null, 0), value("c", "人", "250", null, null, 3)))).isEmpty();
    }

    @Test
    void aChangeFromThePreviousYearBeyondTheThresholdEitherWayIsAWarning() {
        YearOverYearChange rule = new YearOverYearChange(new BigDecimal("30"));

        assertThat(rule.check(context(value("up", "人", "131", "100", "31.00", 3),
                value("down", "人", "69", "100", "-31.00", 3))))
                .extracting(Finding::indicator).containsExactlyInAnyOrder("up", "down");
        assertThat(rule.check(context(value("up", "人", "131", "100", "31.00", 3))).get(0).severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void aChangeUpToTheThresholdOrWithoutPercentagePasses() {
        YearOverYearChange rule = new YearOverYearChange(new BigDecimal("30"));

        assertThat(rule.check(context(value("a", "人", "130", "100", "30.00", 3),
                value("b", "人", "5", "0", null, 3), value("c", "%", null, "50", null, 3)))).isEmpty();
    }

    @Test
    void theThresholdIsConfigurableButNotNegative() {
        assertThat(new YearOverYearChange(new BigDecimal("10")).check(context(value("a", "人", "111", "100", "11.00", 3))))
                .hasSize(1);
        assertThatThrownBy(() -> new YearOverYearChange(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIndicatorReadingATopicWithoutAnyRecordOfTheSchoolIsAWarningNamingTheTopic() {
        assertThat(new MissingInputs().check(context(value("students.enrolled", "人", "0", "0", null, 0))))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.indicator()).isEqualTo("students.enrolled");
                    assertThat(f.messageEn()).contains("student.students.v1");
                });
    }

    @Test
    void anIndicatorWhoseTopicsHoldRecordsHasItsInputs() {
        assertThat(new MissingInputs().check(context(value("students.enrolled", "人", "0", "0", null, 1)))).isEmpty();
    }

    @Test
    void theStandardRulesListErrorsBeforeWarnings() {
        CheckRules rules = CheckRules.standard(new BigDecimal("30"));

        assertThat(rules.run(context(value("a", "%", "120", "100", "20.00", 0))))
                .extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
    }
}
