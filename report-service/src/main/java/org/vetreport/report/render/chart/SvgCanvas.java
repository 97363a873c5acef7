package org.vetreport.report.render.chart;

import java.util.List;
import java.util.Locale;

import org.vetreport.report.document.Block.Chart;

/** Draws a chart as an inline SVG element of the HTML page; text is escaped, numbers printed the same everywhere. */
public final class SvgCanvas implements ChartCanvas {

    private final StringBuilder svg = new StringBuilder();

    private SvgCanvas() {
    }

    /** The chart as an {@code <svg>} element labelled with its caption for screen readers. */
    public static String svg(Chart chart) {
        SvgCanvas canvas = new SvgCanvas();
        ChartPainter.paint(chart, canvas);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + ChartPainter.WIDTH + " "
                + ChartPainter.HEIGHT + "\" role=\"img\" aria-label=\"" + Xml.escape(chart.caption()) + "\">"
                + canvas.svg + "</svg>";
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String colour, double width) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"#").append(colour).append("\" stroke-width=\"")
                .append(n(width)).append("\"/>");
    }

    @Override
    public void polyline(List<double[]> points, String colour, double width) {
        svg.append("<polyline fill=\"none\" stroke=\"#").append(colour).append("\" stroke-width=\"").append(n(width))
                .append("\" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? "" : " ").append(n(points.get(i)[0])).append(',').append(n(points.get(i)[1]));
        }
        svg.append("\"/>");
    }

    @Override
    public void rect(double x, double y, double width, double height, String colour) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"#").append(colour).append("\"/>");
    }

    @Override
    public void circle(double cx, double cy, double r, String colour) {
        svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"#").append(colour).append("\"/>");
    }

    @Override
    public void wedge(double cx, double cy, double r, double startDegrees, double sweepDegrees, String colour) {
        if (sweepDegrees >= 359.999) {
            circle(cx, cy, r, colour);
            return;
        }
        double a0 = Math.toRadians(startDegrees);
        double a1 = Math.toRadians(startDegrees + sweepDegrees);
        svg.append("<path fill=\"#").append(colour).append("\" stroke=\"#FFFFFF\" stroke-width=\"1\" d=\"M")
                .append(n(cx)).append(',').append(n(cy)).append(" L").append(n(cx + r * Math.sin(a0))).append(',')
                .append(n(cy - r * Math.cos(a0))).append(" A").append(n(r)).append(',').append(n(r)).append(" 0 ")
                .append(sweepDegrees > 180 ? 1 : 0).append(" 1 ").append(n(cx + r * Math.sin(a1))).append(',')
                .append(n(cy - r * Math.cos(a1))).append(" Z\"/>");
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, String colour) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" text-anchor=\"").append(anchor.name().toLowerCase(Locale.ROOT)).append("\" fill=\"#")
                .append(colour).append("\">").append(Xml.escape(text)).append("</text>");
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
