package org.vetreport.report.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vetreport.report.document.Block;

/**
 * The Markdown-like text editors write: paragraphs separated by blank lines, {@code **bold**}, list items starting
 * with {@code - } or {@code 1. }, figures as {@code {{indicator.id}}} and images on a line of their own as
 * {@code ![caption](image:<id>)}. Lines of one paragraph are joined without a space, as Chinese prose is.
 */
public final class NarrativeText {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(image:([0-9a-f]+)\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern BULLET = Pattern.compile("[-*]\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})[.．、]\\s*(.*)");
    private static final String BULLET_MARK = "• ";

    private NarrativeText() {
    }

    /** An image the text shows and the caption it gives it. */
    public record ImageRef(String id, String caption) {
    }

    /** The names between every pair of double braces, in order, as written. */
    public static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Whether braces are left open or closed without a pair: {@code {{students.enrolled}} } is fine, {@code {{x} } is not. */
    public static boolean hasStrayBraces(String text) {
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        return rest.contains("{{") || rest.contains("}}");
    }

    public static List<ImageRef> images(String text) {
        List<ImageRef> images = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher matcher = IMAGE.matcher(line.strip());
            if (matcher.matches()) {
                images.add(new ImageRef(matcher.group(2), matcher.group(1).strip()));
            }
        }
        return images;
    }

    /**
     * The blocks the text reads as.
     *
     * @param figures resolves a placeholder's name to the run printing it
     * @param images  finds an image by id; a missing one is said to be missing
     */
    public static List<Block> blocks(String text, Function<String, Block.Run> figures,
                                     Function<String, Optional<Block.Image>> images) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            Matcher image = IMAGE.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (line.isEmpty() || image.matches() || bullet.matches() || numbered.matches()) {
                flush(paragraph, blocks, figures);
            }
            if (image.matches()) {
                String caption = image.group(1).strip();
                blocks.add(images.apply(image.group(2)).<Block>map(found -> new Block.Image(caption, found.contentType(),
                        found.bytes())).orElseGet(() -> Block.Paragraph.of("（图片" + image.group(2) + "不存在）")));
            } else if (bullet.matches()) {
                blocks.add(paragraph(BULLET_MARK, bullet.group(1), figures));
            } else if (numbered.matches()) {
                blocks.add(paragraph(numbered.group(1) + ". ", numbered.group(2), figures));
            } else if (!line.isEmpty()) {
                paragraph.append(line);
            }
        }
        flush(paragraph, blocks, figures);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks, Function<String, Block.Run> figures) {
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph("", paragraph.toString(), figures));
            paragraph.setLength(0);
        }
    }

    /** Splits a line at {@code **} into plain and bold stretches, and each stretch at its placeholders. */
    private static Block.Paragraph paragraph(String mark, String line, Function<String, Block.Run> figures) {
        List<Block.Run> runs = new ArrayList<>();
        if (!mark.isEmpty()) {
            runs.add(Block.Run.text(mark));
        }
        String[] stretches = line.split("\\*\\*", -1);
        for (int i = 0; i < stretches.length; i++) {
            // an unpaired ** at the end stays as written rather than bolding the rest
            boolean bold = i % 2 == 1 && i < stretches.length - 1;
            String stretch = i % 2 == 1 && !bold ? "**" + stretches[i] : stretches[i];
            Matcher matcher = PLACEHOLDER.matcher(stretch);
            int at = 0;
            while (matcher.find()) {
                add(runs, stretch.substring(at, matcher.start()), bold);
                Block.Run figure = figures.apply(matcher.group(1));
                runs.add(new Block.Run(figure.text(), bold, figure.indicator()));
                at = matcher.end();
            }
            add(runs, stretch.substring(at), bold);
        }
        return new Block.Paragraph(runs);
    }

    private static void add(List<Block.Run> runs, String text, boolean bold) {
        if (!text.isEmpty()) {
            runs.add(new Block.Run(text, bold, null));
        }
    }
}
