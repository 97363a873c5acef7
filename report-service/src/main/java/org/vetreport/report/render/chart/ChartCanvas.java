package org.vetreport.report.render.chart;

import java.util.List;

/**
 * What a chart is drawn on: an SVG document for the HTML page, a Java2D image for the PDF. Coordinates are in the
 * chart's own units ({@link ChartPainter#WIDTH} × {@link ChartPainter#HEIGHT}), y growing downwards; colours are
 * {@code RRGGBB}.
 */
public interface ChartCanvas {

    enum Anchor {
        START, MIDDLE, END
    }

    void line(double x1, double y1, double x2, double y2, String colour, double width);

    /** A line through the points, each an {x, y} pair. */
    void polyline(List<double[]> points, String colour, double width);

    void rect(double x, double y, double width, double height, String colour);

    void circle(double cx, double cy, double r, String colour);

    /** A pie slice from {@code startDegrees} (0 = twelve o'clock) clockwise through {@code sweepDegrees}. */
    void wedge(double cx, double cy, double r, double startDegrees, double sweepDegrees, String colour);

    /** Text whose baseline starts, is centred or ends at (x, y). */
    void text(double x, double y, String text, double size, Anchor anchor, String colour);
}
