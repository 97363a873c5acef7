package org.vetreport.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollUpTest {

    @Test
    void countsAddUpWithTheirParts() {
        Measurement combined = RollUp.combine("人", List.of(
                Measurement.count(300, 300).withParts(Map.of("MALE", 200, "FEMALE", 100)),
                Measurement.count(6000, 6000).withParts(Map.of("MALE", 4000, "FEMALE", 2000))));

        assertThat(combined.value()).isEqualByComparingTo("6300");
        assertThat(combined.denominator()).isNull();
        assertThat(combined.records()).isEqualTo(6300);
        assertThat(combined.parts()).containsExactlyInAnyOrder(new Measurement.Part("MALE", new BigDecimal("4200")),
                new Measurement.Part("FEMALE", new BigDecimal("2100")));
    }

    @Test
    void ratesAreRecomputedFromAddedNumeratorsAndDenominatorsNotAveraged() {
        Measurement combined = RollUp.combine("%", List.of(Measurement.rate(300, 300, 1), Measurement.rate(3000, 6000, 1)));

        // the average of 100 % and 50 % would be 75 %; 3,300 of 6,300 is 52.38 %
        assertThat(combined.value()).isEqualByComparingTo("52.38");
        assertThat(combined.numerator()).isEqualByComparingTo("3300");
        assertThat(combined.denominator()).isEqualByComparingTo("6300");
        assertThat(combined.parts()).isEmpty();
    }

    @Test
    void ratiosKeepTheirSchoolsRounding() {
        Measurement combined = RollUp.combine("x:1", List.of(
                Measurement.ratio(new BigDecimal("4029"), new BigDecimal("2295"), 2, 1),
                Measurement.ratio(new BigDecimal("100"), new BigDecimal("100"), 2, 1)));

        assertThat(combined.value()).isEqualByComparingTo("1.72");
        assertThat(combined.value().scale()).isEqualTo(2);
    }

    @Test
    void tenThousandYuanAreAddedInYuanBeforeRounding() {
        Measurement combined = RollUp.combine("万元", List.of(
                Measurement.tenThousandYuan(new BigDecimal("4999.99"), 1),
                Measurement.tenThousandYuan(new BigDecimal("4999.99"), 1)));

        // each school prints 0.50; together they hold 9,999.98 yuan, which prints 1.00
        assertThat(combined.value()).isEqualByComparingTo("1.00");
        assertThat(combined.numerator()).isEqualByComparingTo("9999.98");
    }

    @Test
    void perHeadValuesInTenThousandYuanDivideTheAddedYuanByTheAddedHeads() {
        Measurement a = new Measurement(new BigDecimal("1.00"), new BigDecimal("1000000"), new BigDecimal("100"), 1, List.of());
        Measurement b = new Measurement(new BigDecimal("0.50"), new BigDecimal("1500000"), new BigDecimal("300"), 1, List.of());

        assertThat(RollUp.combine("万元", List.of(a, b)).value()).isEqualByComparingTo("0.63");
    }

    @Test
    void aRateOverNobodyInEverySchoolHasNoValue() {
        assertThat(RollUp.combine("%", List.of(Measurement.rate(0, 0, 0), Measurement.rate(0, 0, 0))).value()).isNull();
    }
}
