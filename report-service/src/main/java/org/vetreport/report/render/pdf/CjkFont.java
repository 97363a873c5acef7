package org.vetreport.report.render.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A font file with Chinese glyphs that PDFBox can embed: TrueType outlines (PDFBox cannot subset CFF-based
 * OpenType), alone (.ttf) or the first suitable face of a collection (.ttc).
 *
 * @param postScriptName the face's name inside the file, to pick the same face for Java2D
 */
record CjkFont(Path file, String postScriptName) {

    /** A face opened for one PDF; closing it releases the file. */
    record Opened(TrueTypeFont font, Closeable resource) implements Closeable {

        @Override
        public void close() throws IOException {
            resource.close();
        }
    }

    /**
     * Checks a file.
     *
     * @return the usable font, or {@code null} with the reason in {@code why[0]}
     */
    static CjkFont probe(Path file, String[] why) {
        try (Opened opened = open(file, null)) {
            if (opened == null) {
                why[0] = "it has no TrueType face with Chinese characters";
                return null;
            }
            return new CjkFont(file, opened.font().getName());
        } catch (IOException | RuntimeException e) {
            why[0] = "it cannot be read as a TrueType font (" + e.getMessage() + ")";
            return null;
        }
    }

    Opened open() throws IOException {
        Opened opened = open(file, postScriptName);
        if (opened == null) {
            throw new IOException("the font " + postScriptName + " is no longer in " + file);
        }
        return opened;
    }

    /** The same face for Java2D, for the labels of chart images. */
    Font awt() throws IOException {
        try {
            Font[] faces = Font.createFonts(file.toFile());
            for (Font face : faces) {
                if (face.getPSName().equals(postScriptName)) {
                    return face;
                }
            }
            return faces[0];
        } catch (FontFormatException e) {
            throw new IOException("Java2D cannot read the font " + file, e);
        }
    }

    private static Opened open(Path file, String wanted) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] chosen = new TrueTypeFont[1];
            collection.processAllFonts(face -> {
                if (chosen[0] == null && (wanted == null ? suitable(face) : wanted.equals(face.getName()))) {
                    chosen[0] = face;
                }
            });
            if (chosen[0] == null) {
                collection.close();
                return null;
            }
            return new Opened(chosen[0], collection);
        }
        TrueTypeFont font = name.endsWith(".otf")
                ? new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))
                : new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        if (!suitable(font)) {
            font.close();
            return null;
        }
        return new Opened(font, font);
    }

    private static boolean suitable(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont openType && openType.isPostScript()) {
            return false;
        }
        var cmap = font.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId('中') > 0 && cmap.getGlyphId('报') > 0;
    }
}
