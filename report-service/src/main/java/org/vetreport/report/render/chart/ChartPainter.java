package org.vetreport.report.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.vetreport.report.document.Block.Chart;
import org.vetreport.report.document.Block.ChartKind;
import org.vetreport.report.document.Block.ChartSeries;
import org.vetreport.report.render.chart.ChartCanvas.Anchor;

/**
 * Lays out a chart of the report once for every canvas: value axis with round ticks and the unit, category labels,
 * lines with markers and gaps where a value is missing, grouped bars, a pie with percentages, and a legend below.
 */
public final class ChartPainter {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;
    /** The same palette as the Word charts, so every format shows the same colours. */
    public static final String[] PALETTE = {"2F5597", "C55A11", "548235", "7F6000", "7030A0", "1F7A7A", "A5A5A5",
            "C00000"};

    private static final String INK = "333333";
    private static final String GRID = "D9D9D9";
    private static final double LEFT = 64;
    private static final double RIGHT = 24;
    private static final double TOP = 32;
    private static final double BOTTOM = 76;
    private static final double LABEL = 13;

    private ChartPainter() {
    }

    public static void paint(Chart chart, ChartCanvas canvas) {
        if (chart.categories().isEmpty() || chart.series().isEmpty()) {
            canvas.text(WIDTH / 2.0, HEIGHT / 2.0, "（暂无数据）", 16, Anchor.MIDDLE, INK);
            return;
        }
        if (chart.kind() == ChartKind.PIE) {
            pie(chart, canvas);
        } else {
            axes(chart, canvas);
        }
    }

    private static void axes(Chart chart, ChartCanvas canvas) {
        double max = 0;
        double min = 0;
        for (ChartSeries series : chart.series()) {
            for (BigDecimal value : series.values()) {
                if (value != null) {
                    max = Math.max(max, value.doubleValue());
                    min = Math.min(min, value.doubleValue());
                }
            }
        }
        double step = niceStep((max - min) / 5);
        double top = Math.ceil(max / step) * step;
        double bottom = Math.floor(min / step) * step;
        if (top == bottom) {
            top = bottom + step;
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double yTop = top;
        double yBottom = bottom;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotHeight * (yTop - v) / (yTop - yBottom);
        for (double tick = bottom; tick <= top + step / 2; tick += step) {
            double ty = y.applyAsDouble(tick);
            canvas.line(LEFT, ty, LEFT + plotWidth, ty, GRID, 1);
            canvas.text(LEFT - 8, ty + LABEL / 3, number(tick, step), LABEL, Anchor.END, INK);
        }
        if (chart.unit() != null && !chart.unit().isBlank()) {
            canvas.text(LEFT - 8, TOP - 14, "单位：" + chart.unit(), LABEL, Anchor.START, INK);
        }
        double zero = y.applyAsDouble(Math.max(bottom, Math.min(0, top)));
        canvas.line(LEFT, zero, LEFT + plotWidth, zero, INK, 1.2);
        int n = chart.categories().size();
        double band = plotWidth / n;
        for (int i = 0; i < n; i++) {
            String category = chart.categories().get(i);
            // many or long categories: smaller labels rather than labels running into each other
            double size = Math.max(8, Math.min(LABEL, (band - 4) / Math.max(1, textWidth(category, 1))));
            canvas.text(LEFT + band * (i + 0.5), TOP + plotHeight + 20, category, size, Anchor.MIDDLE, INK);
        }
        List<ChartSeries> series = chart.series();
        if (chart.kind() == ChartKind.BAR) {
            double groupWidth = band * 0.7;
            double barWidth = groupWidth / series.size();
            for (int s = 0; s < series.size(); s++) {
                for (int i = 0; i < n && i < series.get(s).values().size(); i++) {
                    BigDecimal value = series.get(s).values().get(i);
                    if (value == null) {
                        continue;
                    }
                    double vy = y.applyAsDouble(value.doubleValue());
                    double x = LEFT + band * i + (band - groupWidth) / 2 + barWidth * s;
                    canvas.rect(x + 1, Math.min(vy, zero), barWidth - 2, Math.abs(zero - vy), colour(s));
                }
            }
        } else {
            for (int s = 0; s < series.size(); s++) {
                List<double[]> run = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    BigDecimal value = i < series.get(s).values().size() ? series.get(s).values().get(i) : null;
                    if (value == null) {
                        // a missing value breaks the line rather than dropping it to zero
                        drawRun(canvas, run, colour(s));
                        run = new ArrayList<>();
                        continue;
                    }
                    run.add(new double[] {LEFT + band * (i + 0.5), y.applyAsDouble(value.doubleValue())});
                }
                drawRun(canvas, run, colour(s));
            }
        }
        legend(canvas, series.stream().map(ChartSeries::name).toList());
    }

    private static void drawRun(ChartCanvas canvas, List<double[]> run, String colour) {
        if (run.size() > 1) {
            canvas.polyline(run, colour, 2.5);
        }
        for (double[] point : run) {
            canvas.circle(point[0], point[1], 4, colour);
        }
    }

    private static void pie(Chart chart, ChartCanvas canvas) {
        List<BigDecimal> values = chart.series().get(0).values();
        double total = 0;
        for (BigDecimal value : values) {
            if (value != null && value.signum() > 0) {
                total += value.doubleValue();
            }
        }
        double cx = WIDTH / 2.0;
        double cy = (HEIGHT - 50) / 2.0 + 6;
        double r = Math.min(cx, cy) - 22;
        if (total <= 0) {
            canvas.text(cx, cy, "（暂无数据）", 16, Anchor.MIDDLE, INK);
            return;
        }
        double start = 0;
        for (int i = 0; i < values.size() && i < chart.categories().size(); i++) {
            BigDecimal value = values.get(i);
            if (value == null || value.signum() <= 0) {
                continue;
            }
            double sweep = 360 * value.doubleValue() / total;
            canvas.wedge(cx, cy, r, start, sweep, colour(i));
            double middle = Math.toRadians(start + sweep / 2);
            double labelRadius = r + 14;
            double lx = cx + labelRadius * Math.sin(middle);
            double ly = cy - labelRadius * Math.cos(middle) + LABEL / 3;
            Anchor anchor = Math.abs(Math.sin(middle)) < 0.2 ? Anchor.MIDDLE
                    : Math.sin(middle) > 0 ? Anchor.START : Anchor.END;
            canvas.text(lx, ly, percent(value.doubleValue() / total), LABEL, anchor, INK);
            start += sweep;
        }
        legend(canvas, chart.categories());
    }

    private static void legend(ChartCanvas canvas, List<String> names) {
        double itemGap = 24;
        double swatch = 12;
        double width = 0;
        for (String name : names) {
            width += swatch + 6 + textWidth(name, LABEL) + itemGap;
        }
        width -= itemGap;
        double x = Math.max(8, (WIDTH - width) / 2);
        double baseline = HEIGHT - 16;
        for (int i = 0; i < names.size(); i++) {
            canvas.rect(x, baseline - swatch + 1, swatch, swatch, colour(i));
            canvas.text(x + swatch + 6, baseline, names.get(i), LABEL, Anchor.START, INK);
            x += swatch + 6 + textWidth(names.get(i), LABEL) + itemGap;
        }
    }

    /** Wide characters take a full em, others about half: close enough to centre a legend. */
    static double textWidth(String text, double size) {
        return text.codePoints().mapToDouble(cp -> cp < 0x1100 ? 0.55 : 1.0).sum() * size;
    }

    private static String colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** 1, 2 or 5 times a power of ten: ticks a reader can add up at a glance. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    static String number(double value, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
