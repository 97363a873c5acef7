package org.vetreport.report.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the font the PDF is set in: the file named by {@value #PROPERTY} when it is set, else the first usable
 * font with Chinese glyphs in the usual font folders, best-looking families first. The answer is kept: fonts are
 * installed with the machine, not while it serves.
 */
public final class CjkFontLocator {

    public static final String PROPERTY = "report.render.pdf.font";

    /** Where Linux, macOS and Windows keep fonts. */
    public static final List<Path> COMMON_FOLDERS = List.of(Path.of("/usr/share/fonts"),
            Path.of("/usr/local/share/fonts"), Path.of(System.getProperty("user.home"), ".local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"), Path.of("/Library/Fonts"),
            Path.of("/System/Library/Fonts"), Path.of("C:/Windows/Fonts"));

    /** File-name fragments of CJK families, in order of preference. */
    private static final List<String> FAMILIES = List.of("notosanscjk", "notoserifcjk", "sourcehansans",
            "sourcehanserif", "wqy-zenhei", "wqy-microhei", "uming", "ukai", "simsun", "simhei", "msyh",
            "droidsansfallback");

    private final String configured;
    private final List<Path> folders;
    private volatile CjkFont found;

    /**
     * @param configured the property's value: a font file, or blank to search
     * @param folders    where to search when nothing is configured
     */
    public CjkFontLocator(String configured, List<Path> folders) {
        this.configured = configured == null ? "" : configured.strip();
        this.folders = List.copyOf(folders);
    }

    /** The font to use; fails with a problem naming {@value #PROPERTY} when there is none. */
    CjkFont require() {
        CjkFont font = found;
        if (font == null) {
            font = configured.isEmpty() ? search() : configuredFont();
            found = font;
        }
        return font;
    }

    private CjkFont configuredFont() {
        Path file = Path.of(configured);
        if (!Files.isRegularFile(file)) {
            throw new PdfFontUnavailableException(PROPERTY + " names " + configured
                    + ", which is not a readable file; set it to a TrueType font file (.ttf or .ttc) with Chinese "
                    + "characters, e.g. /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
        }
        String[] why = new String[1];
        CjkFont font = CjkFont.probe(file, why);
        if (font == null) {
            throw new PdfFontUnavailableException(PROPERTY + " names " + configured + ", which cannot be used: "
                    + why[0] + "; set it to a TrueType font file (.ttf or .ttc) with Chinese characters");
        }
        return font;
    }

    private CjkFont search() {
        List<Path> candidates = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder, 6)) {
                    files.filter(CjkFontLocator::isCandidate).forEach(candidates::add);
                } catch (IOException | UncheckedIOException e) {
                    // an unreadable folder is one place less to look, not a reason to fail
                }
            }
        }
        candidates.sort(Comparator.comparingInt(CjkFontLocator::rank).thenComparing(Path::toString));
        String[] why = new String[1];
        for (Path candidate : candidates) {
            CjkFont font = CjkFont.probe(candidate, why);
            if (font != null) {
                return font;
            }
        }
        throw new PdfFontUnavailableException("the PDF needs a font with Chinese characters and none was found in "
                + folders + (candidates.isEmpty() ? "" : " (none of " + candidates + " could be embedded)")
                + "; set " + PROPERTY + " to a TrueType font file (.ttf or .ttc) with Chinese characters, or "
                + "install one such as the Debian package fonts-wqy-zenhei");
    }

    private static boolean isCandidate(Path file) {
        return Files.isRegularFile(file) && rank(file) < FAMILIES.size()
                && file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc|otf)");
    }

    private static int rank(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replace(" ", "");
        for (int i = 0; i < FAMILIES.size(); i++) {
            if (name.contains(FAMILIES.get(i))) {
                return i;
            }
        }
        return FAMILIES.size();
    }
}
