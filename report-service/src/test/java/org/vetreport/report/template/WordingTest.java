package org.vetreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.report.template.FigureFixtures.figure;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void anIncreaseIsWordedAsGrowthInTheFiguresUnit() {
        assertThat(Wording.change(figure("students.newEnrolled", "新生招生数", "人", "1774", "1237"), "比上年"))
                .isEqualTo("比上年增长537人");
    }

    @Test
    void aDecreaseIsWordedAsAReduction() {
        assertThat(Wording.change(figure("students.newEnrolled", "新生招生数", "人", "1200", "1237"), "比上年"))
                .isEqualTo("比上年减少37人");
    }

    @Test
    void noChangeIsWordedAsLevelWithLastYear() {
        assertThat(Wording.change(figure("students.newEnrolled", "新生招生数", "人", "1237", "1237"), "比上年"))
                .isEqualTo("与上年持平");
    }

    @Test
    void aRateChangesByPercentagePoints() {
        assertThat(Wording.change(figure("employment.rate", "就业率", "%", "91.25", "90.50"), "比上年"))
                .isEqualTo("比上年提高0.75个百分点");
        assertThat(Wording.change(figure("employment.rate", "就业率", "%", "90", "91.25"), "比上年"))
                .isEqualTo("比上年下降1.25个百分点");
    }

    @Test
    void areasChangeInSquareMetres() {
        assertThat(Wording.change(figure("facilities.teachingBuildingArea", "教学及辅助用房面积", "m²", "76400", "71400"),
                "比上年")).isEqualTo("比上年增长5000平方米");
    }

    @Test
    void withoutLastYearsFigureTheChangeIsSaidToHaveNoComparison() {
        assertThat(Wording.change(figure("students.newEnrolled", "新生招生数", "人", "1774", null), "比上年"))
                .isEqualTo("上年无可比数据");
    }

    @Test
    void withoutThisYearsFigureThereIsNoChangeToWord() {
        assertThat(Wording.change(figure("students.newEnrolled", "新生招生数", "人", null, "1237"), "比上年")).isEmpty();
    }

    @Test
    void aChangeInPercentOfLastYearIsGrowthOrDecline() {
        assertThat(Wording.changePercent(figure("finance.income.total", "总收入", "万元", "16325.62", "15656.51"), "比2019年"))
                .isEqualTo("比2019年增长4.27%");
        assertThat(Wording.changePercent(figure("finance.income.total", "总收入", "万元", "15000", "16000"), "比2019年"))
                .isEqualTo("比2019年下降6.25%");
    }

    @Test
    void numbersPrintWithoutTrailingZerosOrExponents() {
        assertThat(Wording.number(new BigDecimal("99.80"))).isEqualTo("99.8");
        assertThat(Wording.number(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Wording.withUnit(new BigDecimal("1.76"), "x:1")).isEqualTo("1.76:1");
        assertThat(Wording.withUnit(new BigDecimal("100.00"), "%")).isEqualTo("100%");
        assertThat(Wording.withUnit(null, "人")).isEqualTo("暂无数据");
    }
}
