package org.vetreport.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.report.indicator.majors.MajorGroupsCount;
import org.vetreport.report.indicator.majors.MajorRecord;
import org.vetreport.report.indicator.majors.MajorsCount;

class IndicatorEngineTest {

    private final IndicatorEngine engine = new IndicatorEngine(List.of(new MajorsCount(), new MajorGroupsCount()));

    private final SchoolRecords records = () -> List.of(
            new MajorRecord("a", "a", "机械", LocalDate.of(2015, 9, 1), null),
            new MajorRecord("b", "b", "信息", LocalDate.of(2020, 9, 1), null));

    @Test
    void everyValueComesWithThePreviousYearAndTheDifference() {
        IndicatorValue count = engine.compute(records, ReportingPeriod.calendarYear(2020), List.of("majors.count")).get(0);

        assertThat(count.value()).isEqualByComparingTo("2");
        assertThat(count.previous()).isEqualByComparingTo("1");
        assertThat(count.change()).isEqualByComparingTo("1");
        assertThat(count.provenance().sources()).containsExactly("student.majors.v1");
        assertThat(count.provenance().records()).isEqualTo(2);
    }

    @Test
    void withoutIdsEveryIndicatorOfTheCatalogueIsComputedInCatalogueOrder() {
        assertThat(engine.compute(records, ReportingPeriod.calendarYear(2020), List.of()))
                .extracting(IndicatorValue::id).containsExactly("majors.count", "majors.groups");
    }

    @Test
    void unknownIdsAreRejectedByName() {
        assertThatThrownBy(() -> engine.compute(records, ReportingPeriod.calendarYear(2020), List.of("majors.count", "nope")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("[nope]");
    }

    @Test
    void previousPeriodIsTheSameStretchOneYearEarlier() {
        ReportingPeriod previous = ReportingPeriod.calendarYear(2020).previous();

        assertThat(previous).isEqualTo(ReportingPeriod.calendarYear(2019));
    }
}
