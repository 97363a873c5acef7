package org.vetreport.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.report.indicator.records.MajorRecord;

class IndicatorEngineTest {

    private static final Indicator OPEN_MAJORS = Indicator.of("test.majors", "专业", "Majors", "个")
            .defined("majors open at the reference date").from(Topics.STUDENT_MAJORS)
            .computed((r, p) -> Measurement.count(r.majors().stream().filter(m -> m.openOn(p.referenceDate())).count(),
                    r.majors().size()));

    private static final Indicator SHARE_OF_GROUP = Indicator.of("test.share", "占比", "Share", "%")
            .from(Topics.STUDENT_MAJORS)
            .computed((r, p) -> Measurement.rate(r.majors().stream()
                    .filter(m -> m.openOn(p.referenceDate()) && "机械".equals(m.group())).count(),
                    r.majors().stream().filter(m -> m.openOn(p.referenceDate())).count(), r.majors().size()));

    private final IndicatorEngine engine = new IndicatorEngine(List.of(OPEN_MAJORS, SHARE_OF_GROUP));

    private final SchoolRecords records = new SchoolRecords() {
        @Override
        public List<MajorRecord> majors() {
            return List.of(new MajorRecord("a", "a", "机械", LocalDate.of(2015, 9, 1), null),
                    new MajorRecord("b", "b", "信息", LocalDate.of(2020, 9, 1), null));
        }
    };

    @Test
    void everyValueComesWithThePreviousYearTheDifferenceAndItsPercentage() {
        IndicatorValue count = engine.compute(records, ReportingPeriod.calendarYear(2020), List.of("test.majors")).get(0);

        assertThat(count.value()).isEqualByComparingTo("2");
        assertThat(count.previous()).isEqualByComparingTo("1");
        assertThat(count.change()).isEqualByComparingTo("1");
        assertThat(count.changePercent()).isEqualByComparingTo("100.00");
    }

    @Test
    void provenanceNamesTheDefinitionTheTopicsReadAndTheirRecordCounts() {
        IndicatorValue count = engine.compute(records, ReportingPeriod.calendarYear(2020), List.of("test.majors")).get(0);

        assertThat(count.provenance().definition()).isEqualTo("majors open at the reference date");
        assertThat(count.provenance().sources()).containsExactly(new IndicatorValue.Source("student.majors.v1", 2));
        assertThat(count.provenance().records()).isEqualTo(2);
    }

    @Test
    void aRateOverNobodyHasNoValueAndNoChange() {
        IndicatorValue share = engine.compute(new SchoolRecords() { }, ReportingPeriod.calendarYear(2020),
                List.of("test.share")).get(0);

        assertThat(share.value()).isNull();
        assertThat(share.previous()).isNull();
        assertThat(share.change()).isNull();
        assertThat(share.changePercent()).isNull();
    }

    @Test
    void aChangeFromZeroHasNoPercentage() {
        IndicatorValue count = engine.compute(records, ReportingPeriod.calendarYear(2015), List.of("test.majors")).get(0);

        assertThat(count.previous()).isEqualByComparingTo("0");
        assertThat(count.change()).isEqualByComparingTo("1");
        assertThat(count.changePercent()).isNull();
    }

    @Test
    void withoutIdsEveryIndicatorOfTheCatalogueIsComputedInCatalogueOrder() {
        assertThat(engine.compute(records, ReportingPeriod.calendarYear(2020), List.of()))
                .extracting(IndicatorValue::id).containsExactly("test.majors", "test.share");
    }

    @Test
    void unknownIdsAreRejectedByName() {
        assertThatThrownBy(() -> engine.compute(records, ReportingPeriod.calendarYear(2020), List.of("test.majors", "nope")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("[nope]");
    }

    @Test
    void anIdDefinedTwiceIsRefused() {
        assertThatThrownBy(() -> new IndicatorEngine(List.of(OPEN_MAJORS, OPEN_MAJORS)))
                .hasMessageContaining("test.majors");
    }

    @Test
    void previousPeriodIsTheSameStretchOneYearEarlier() {
        assertThat(ReportingPeriod.calendarYear(2020).previous()).isEqualTo(ReportingPeriod.calendarYear(2019));
    }
}
