package org.vetreport.report.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vetreport.report.document.Block.Chart;
import org.vetreport.report.document.Block.ChartKind;
import org.vetreport.report.document.Block.ChartSeries;

class ChartPainterTest {

    @Test
    void axisTicksAreRoundNumbers() {
        assertThat(ChartPainter.niceStep(354)).isEqualTo(500);
        assertThat(ChartPainter.niceStep(31)).isEqualTo(50);
        assertThat(ChartPainter.niceStep(0.13)).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ChartPainter.number(1500, 500)).isEqualTo("1500");
        assertThat(ChartPainter.number(0.6000000001, 0.2)).isEqualTo("0.6");
        assertThat(ChartPainter.percent(14271.7 / 15683.2)).isEqualTo("91%");
        assertThat(ChartPainter.percent(0.0625)).isEqualTo("6.3%");
    }

    @Test
    void valueAxisCoversTheLargestValueAndLabelsTheUnit() {
        List<String> texts = texts(new Chart("招生", ChartKind.BAR, "人", List.of("2019", "2020"),
                List.of(new ChartSeries("新生", List.of(BigDecimal.valueOf(1237), BigDecimal.valueOf(1774))))));
        assertThat(texts).contains("0", "500", "1000", "1500", "2000", "单位：人", "2019", "2020", "新生")
                .doesNotContain("2500");
    }

    @Test
    void aChartWithoutDataSaysSoInsteadOfDrawingEmptyAxes() {
        assertThat(texts(new Chart("空", ChartKind.LINE, "人", List.of(), List.of()))).containsExactly("（暂无数据）");
        assertThat(texts(new Chart("空", ChartKind.PIE, "元", List.of("甲"),
                List.of(new ChartSeries("收入", List.of(BigDecimal.ZERO)))))).containsExactly("（暂无数据）");
    }

    @Test
    void pieSlicesSweepTheWholeCircleInProportion() {
        List<Double> sweeps = new ArrayList<>();
        ChartPainter.paint(new Chart("收入", ChartKind.PIE, "万元", List.of("甲", "乙"),
                List.of(new ChartSeries("收入", List.of(BigDecimal.valueOf(3), BigDecimal.ONE)))), new Recorder() {
                    @Override
                    public void wedge(double cx, double cy, double r, double start, double sweep, String colour) {
                        sweeps.add(sweep);
                    }
                });
        assertThat(sweeps).containsExactly(270.0, 90.0);
    }

    private static List<String> texts(Chart chart) {
        List<String> texts = new ArrayList<>();
        ChartPainter.paint(chart, new Recorder() {
            @Override
            public void text(double x, double y, String text, double size, Anchor anchor, String colour) {
                texts.add(text);
            }
        });
        return texts;
    }

    /** A canvas that ignores everything its test does not look at. */
    private static class Recorder implements ChartCanvas {

        @Override
        public void line(double x1, double y1, double x2, double y2, String colour, double width) {
        }

        @Override
        public void polyline(List<double[]> points, String colour, double width) {
        }

        @Override
        public void rect(double x, double y, double width, double height, String colour) {
        }

        @Override
        public void circle(double cx, double cy, double r, String colour) {
        }

        @Override
        public void wedge(double cx, double cy, double r, double startDegrees, double sweepDegrees, String colour) {
        }

        @Override
        public void text(double x, double y, String text, double size, Anchor anchor, String colour) {
        }
    }
}
