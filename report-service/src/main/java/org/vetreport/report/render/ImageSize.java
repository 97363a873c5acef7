package org.vetreport.report.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * The printed size of an uploaded image: its pixels at 96 dpi, shrunk (never enlarged) to fit the given box and
 * keeping its proportions. An image whose size cannot be read is printed 4:3 at the box's width.
 */
public record ImageSize(double widthPoints, double heightPoints) {

    private static final double POINTS_PER_PIXEL = 0.75;

    public static ImageSize fit(byte[] bytes, double maxWidthPoints, double maxHeightPoints) {
        BufferedImage image = read(bytes);
        double width = image == null ? maxWidthPoints : image.getWidth() * POINTS_PER_PIXEL;
        double height = image == null ? maxWidthPoints * 3 / 4 : image.getHeight() * POINTS_PER_PIXEL;
        double scale = Math.min(1, Math.min(maxWidthPoints / width, maxHeightPoints / height));
        return new ImageSize(width * scale, height * scale);
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }
}
