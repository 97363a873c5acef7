package org.vetreport.report.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.vetreport.report.document.Block.Chart;

/**
 * Draws a chart as a PNG with Java2D, for layouts that take images but not SVG (the PDF). Drawn at three times
 * the chart's size so it stays sharp when printed at 15 cm.
 */
public final class ImageCanvas implements ChartCanvas {

    private static final int SCALE = 3;

    private final Graphics2D g;
    private final Font font;

    private ImageCanvas(Graphics2D g, Font font) {
        this.g = g;
        this.font = font;
    }

    /** @param font a font with the Chinese glyphs the labels need; its size is set per label */
    public static byte[] png(Chart chart, Font font) {
        BufferedImage image = new BufferedImage(ChartPainter.WIDTH * SCALE, ChartPainter.HEIGHT * SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            ChartPainter.paint(chart, new ImageCanvas(g, font));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a chart image", e);
        }
        return out.toByteArray();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String colour, double width) {
        g.setColor(colour(colour));
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(List<double[]> points, String colour, double width) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0)[0], points.get(0)[1]);
        for (double[] point : points.subList(1, points.size())) {
            path.lineTo(point[0], point[1]);
        }
        g.setColor(colour(colour));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    @Override
    public void rect(double x, double y, double width, double height, String colour) {
        g.setColor(colour(colour));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void circle(double cx, double cy, double r, String colour) {
        g.setColor(colour(colour));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void wedge(double cx, double cy, double r, double startDegrees, double sweepDegrees, String colour) {
        // Java2D measures angles anticlockwise from three o'clock
        Arc2D.Double arc = new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 90 - startDegrees, -sweepDegrees,
                Arc2D.PIE);
        g.setColor(colour(colour));
        g.fill(arc);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1f));
        g.draw(arc);
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, String colour) {
        g.setFont(font.deriveFont((float) size));
        double width = g.getFontMetrics().getStringBounds(text, g).getWidth();
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        g.setColor(colour(colour));
        g.drawString(text, (float) left, (float) y);
    }

    private static Color colour(String hex) {
        return new Color(Integer.parseInt(hex, 16));
    }
}
