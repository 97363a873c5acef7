package org.vetreport.report.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vetreport.report.template.Figure;

class PlaceholderTest {

    private static final Set<String> CATALOGUE = Set.of("students.enrolled", "students.newEnrolled",
            "students.culturalPassRate", "students.culturalPassRate.chinese");
    private static final Figure NEW = new Figure("students.newEnrolled", "新生招生数", "人", new BigDecimal("1774"),
            new BigDecimal("1237"), new BigDecimal("537"), new BigDecimal("43.41"), new BigDecimal("1774"), null, List.of());

    @Test
    void anIndicatorIdAloneMeansItsValue() {
        assertThat(Placeholder.parse("students.enrolled", CATALOGUE)).contains(new Placeholder("students.enrolled", "value"));
    }

    @Test
    void aSuffixPicksAPartOfTheFigure() {
        assertThat(Placeholder.parse("students.newEnrolled.change", CATALOGUE))
                .contains(new Placeholder("students.newEnrolled", "change"));
        assertThat(Placeholder.parse("students.newEnrolled.changePercent", CATALOGUE))
                .contains(new Placeholder("students.newEnrolled", "changePercent"));
    }

    @Test
    void anIdWhoseLastPartLooksLikeASubIndicatorIsTheIndicator() {
        assertThat(Placeholder.parse("students.culturalPassRate.chinese", CATALOGUE))
                .contains(new Placeholder("students.culturalPassRate.chinese", "value"));
    }

    @Test
    void unknownIdsAndUnknownSuffixesAreNotPlaceholders() {
        assertThat(Placeholder.parse("students.enroled", CATALOGUE)).isEmpty();
        assertThat(Placeholder.parse("students.enrolled.median", CATALOGUE)).isEmpty();
    }

    @Test
    void itPrintsTheNumberAloneAndNamesItsIndicator() {
        assertThat(new Placeholder("students.newEnrolled", "change").resolve(NEW).text()).isEqualTo("537");
        assertThat(new Placeholder("students.newEnrolled", "previous").resolve(NEW).text()).isEqualTo("1237");
        assertThat(new Placeholder("students.newEnrolled", "denominator").resolve(NEW).text()).isEqualTo("暂无数据");
        assertThat(new Placeholder("students.newEnrolled", "value").resolve(NEW).indicator()).isEqualTo("students.newEnrolled");
    }
}
