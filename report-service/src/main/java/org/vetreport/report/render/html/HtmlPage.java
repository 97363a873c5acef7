package org.vetreport.report.render.html;

import static org.vetreport.report.render.chart.Xml.escape;

import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.vetreport.report.document.Block;
import org.vetreport.report.document.Block.Chart;
import org.vetreport.report.document.Block.Image;
import org.vetreport.report.document.Block.Paragraph;
import org.vetreport.report.document.Block.Run;
import org.vetreport.report.document.Block.Table;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.Section;
import org.vetreport.report.render.CoverLines;
import org.vetreport.report.render.HeadingNumbers;
import org.vetreport.report.render.ImageSize;
import org.vetreport.report.render.TableColumns;

/**
 * The report as one self-contained, printable XHTML page: inline CSS with print rules (A4, page numbers, no
 * break inside a table row or figure), charts inline, images as data URIs, every text escaped. It is well-formed
 * XML, so the PDF renderer lays out the very same page.
 */
public final class HtmlPage {

    /**
     * The fonts the page asks for.
     *
     * @param body     CSS font-family list for body text (宋体 first where the reader has it)
     * @param headings CSS font-family list for headings and captions (黑体)
     */
    public record Fonts(String body, String headings) {
    }

    /** Fonts for a reader's browser: the Windows names schools have, then the Mac, Linux and Adobe ones. */
    public static final Fonts BROWSER_FONTS = new Fonts(
            "\"Times New Roman\", SimSun, \"宋体\", \"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", "
                    + "\"AR PL UMing CN\", serif",
            "SimHei, \"黑体\", \"Heiti SC\", \"PingFang SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", "
                    + "\"WenQuanYi Zen Hei\", sans-serif");

    private static final ZoneId PRINTED_ZONE = ZoneId.of("Asia/Shanghai");
    /** The printed text width of A4 with the DOCX's margins, in points. */
    private static final double TEXT_WIDTH_POINTS = 415;

    private final ReportDocument document;
    private final Fonts fonts;
    private final Function<Chart, String> chartMarkup;
    private final StringBuilder html = new StringBuilder(64 * 1024);
    private int sectionIds;
    private int tables;
    private int figures;

    private HtmlPage(ReportDocument document, Fonts fonts, Function<Chart, String> chartMarkup) {
        this.document = document;
        this.fonts = fonts;
        this.chartMarkup = chartMarkup;
    }

    /**
     * @param chartMarkup draws a chart as an element of the page (inline SVG, or an {@code <img>} where SVG cannot
     *                    be laid out)
     */
    public static String write(ReportDocument document, Fonts fonts, Function<Chart, String> chartMarkup) {
        return new HtmlPage(document, fonts, chartMarkup).page();
    }

    private String page() {
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>").append(escape(document.titlePage().title()))
                .append("</title><style>").append(css()).append("</style></head><body>\n");
        cover();
        contents();
        html.append("<main>\n");
        for (Section section : document.sections()) {
            section(section);
        }
        html.append("</main>\n</body></html>\n");
        return html.toString();
    }

    private void cover() {
        CoverLines cover = CoverLines.of(document, PRINTED_ZONE);
        html.append("<section class=\"cover\"><p class=\"cover-title\">");
        List<String> lines = cover.titleLines(document.titlePage().school());
        for (int i = 0; i < lines.size(); i++) {
            html.append(i == 0 ? "" : "<br/>").append(escape(lines.get(i)));
        }
        html.append("</p>");
        for (String line : cover.details()) {
            html.append("<p class=\"cover-line\">").append(escape(line)).append("</p>");
        }
        html.append("<p class=\"cover-publisher\">").append(escape(cover.publisher())).append("</p>")
                .append("<p class=\"cover-line\">").append(escape(cover.date())).append("</p></section>\n");
    }

    private void contents() {
        html.append("<nav class=\"toc\"><p class=\"toc-title\">目　　录</p>\n");
        int[] counter = {0};
        contents(document.sections(), counter);
        html.append("</nav>\n");
    }

    private void contents(List<Section> sections, int[] counter) {
        for (Section section : sections) {
            int id = ++counter[0];
            if (section.level() <= 3) {
                html.append("<p class=\"toc-").append(section.level()).append("\"><a href=\"#sec-").append(id)
                        .append("\">").append(escape(HeadingNumbers.heading(section))).append("</a></p>\n");
            }
            contents(section.children(), counter);
        }
    }

    private void section(Section section) {
        int level = Math.max(1, Math.min(section.level(), 4));
        html.append("<section id=\"sec-").append(++sectionIds).append("\"><h").append(level).append('>')
                .append(escape(HeadingNumbers.heading(section))).append("</h").append(level).append(">\n");
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (block instanceof Table table) {
                table(table);
            } else if (block instanceof Chart chart) {
                html.append("<figure class=\"chart\">").append(chartMarkup.apply(chart));
                caption(chart.caption());
            } else if (block instanceof Image image) {
                image(image);
            }
        }
        for (Section child : section.children()) {
            section(child);
        }
        html.append("</section>\n");
    }

    private void paragraph(Paragraph paragraph) {
        html.append("<p>");
        for (Run run : paragraph.runs()) {
            String text = escape(run.text()).replace("\n", "<br/>");
            if (run.bold()) {
                text = "<strong>" + text + "</strong>";
            }
            if (run.indicator() != null) {
                // the figure names its indicator, so a reader (or the front-end) can trace every number
                text = "<span class=\"figure\" data-indicator=\"" + escape(run.indicator()) + "\">" + text + "</span>";
            }
            html.append(text);
        }
        html.append("</p>\n");
    }

    private void table(Table table) {
        html.append("<p class=\"table-caption\">").append(escape(numbered("表", ++tables, table.caption())))
                .append("</p>\n<table><colgroup>");
        for (int width : TableColumns.widths(table, 1000)) {
            html.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.1f", width / 10.0))
                    .append("%\"/>");
        }
        html.append("</colgroup><thead><tr>");
        for (String cell : table.header()) {
            html.append("<th>").append(escape(cell)).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        int columns = table.header().size();
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (int c = 0; c < Math.max(columns, row.size()); c++) {
                html.append("<td>").append(escape(c < row.size() ? row.get(c) : "")).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private void image(Image image) {
        ImageSize size = ImageSize.fit(image.bytes(), TEXT_WIDTH_POINTS, 500);
        html.append("<figure class=\"image\"><img src=\"data:").append(escape(image.contentType()))
                .append(";base64,").append(Base64.getEncoder().encodeToString(image.bytes())).append("\" alt=\"")
                .append(escape(image.caption())).append("\" style=\"width:")
                .append(String.format(Locale.ROOT, "%.0fpt", size.widthPoints())).append("\"/>");
        caption(image.caption());
    }

    private void caption(String caption) {
        html.append("<figcaption>").append(escape(numbered("图", ++figures, caption)))
                .append("</figcaption></figure>\n");
    }

    private static String numbered(String kind, int number, String caption) {
        return kind + number + (caption == null || caption.isBlank() ? "" : "　" + caption);
    }

    private String css() {
        return """
                @page { size: A4; margin: 2.54cm 3.17cm;
                  @bottom-center { content: "第 " counter(page) " 页"; font-family: BODY; font-size: 9pt; } }
                @page cover { @bottom-center { content: none; } }
                body { font-family: BODY; font-size: 12pt; line-height: 1.5; color: #000; margin: 0; }
                /* the PDF numbers the text's pages from 1, as the DOCX does; browsers ignore this */
                main { -fs-page-sequence: start; }
                @media screen { body { max-width: 16.5cm; margin: 2em auto; padding: 0 1em; } }
                .cover, .toc { page: cover; page-break-after: always; }
                .cover { text-align: center; padding-top: 4cm; }
                .cover-title { font-family: HEAD; font-size: 26pt; font-weight: bold; line-height: 1.4;
                  margin: 0 0 3cm; }
                .cover-line { font-size: 16pt; margin: 0.4em 0; }
                .cover-publisher { font-size: 16pt; margin: 4cm 0 0.4em; }
                .toc-title { font-family: HEAD; font-size: 16pt; text-align: center; margin: 0 0 1em; }
                .toc p { margin: 0.25em 0; }
                .toc a { color: #000; text-decoration: none; }
                /* the PDF prints each entry's page number after a dotted leader; browsers drop this rule */
                .toc a::after { content: leader(dotted) target-counter(attr(href), page); }
                .toc-2 { padding-left: 2em; } .toc-3 { padding-left: 4em; }
                h1, h2, h3, h4 { font-family: HEAD; font-weight: normal; page-break-after: avoid; margin: 0.8em 0 0.4em; }
                h1 { font-size: 16pt; } h2 { font-size: 15pt; } h3 { font-size: 14pt; } h4 { font-size: 12pt; }
                main p { text-indent: 2em; margin: 0 0 0.3em; text-align: justify; }
                p.table-caption { font-family: HEAD; font-size: 10.5pt; text-align: center; text-indent: 0;
                  margin: 0.6em 0 0.3em; page-break-after: avoid; }
                table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.3;
                  margin: 0 0 0.8em; -fs-table-paginate: paginate; }
                th, td { border: 0.75pt solid #000; padding: 3pt 4pt; text-align: center; vertical-align: middle; }
                th { background: #D9E2F3; font-family: HEAD; font-weight: normal; }
                tr { page-break-inside: avoid; }
                figure { margin: 0.6em 0 0.8em; text-align: center; page-break-inside: avoid; }
                figure svg, figure img.chart { width: 15cm; max-width: 100%; height: auto; }
                figure svg text { font-family: HEAD; }
                figcaption { font-family: HEAD; font-size: 10.5pt; margin-top: 0.3em; }
                """.replace("BODY", fonts.body()).replace("HEAD", fonts.headings());
    }
}
