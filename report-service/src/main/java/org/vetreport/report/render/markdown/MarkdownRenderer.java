package org.vetreport.report.render.markdown;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;
import org.vetreport.report.document.Block;
import org.vetreport.report.document.DocumentRenderer;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.Section;

/**
 * The document as Markdown: headings numbered in Chinese style (一、 （一） 1.), tables as pipe tables, a chart as
 * the table of its data under its caption, images inline as data URIs so the file stands alone.
 */
@Component
class MarkdownRenderer implements DocumentRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String contentType() {
        return "text/markdown;charset=UTF-8";
    }

    @Override
    public byte[] render(ReportDocument document) {
        StringBuilder out = new StringBuilder();
        ReportDocument.TitlePage title = document.titlePage();
        out.append("# ").append(escape(title.title())).append("\n\n");
        out.append(escape(title.school())).append("  \n");
        out.append("数据期间：").append(DATE.format(title.from())).append("至").append(DATE.format(title.to())).append("  \n");
        out.append(document.edition() == null ? "草稿" : "第" + document.edition() + "版")
                .append("，生成于").append(TIME.format(document.generatedAt())).append("  \n");
        out.append("发布单位：").append(escape(title.publisher())).append("\n\n");
        for (Section section : document.sections()) {
            section(section, out);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void section(Section section, StringBuilder out) {
        out.append("#".repeat(Math.min(section.level() + 1, 6))).append(' ')
                .append(ChineseNumbering.heading(section.number(), section.level())).append(escape(section.title()))
                .append("\n\n");
        for (Block block : section.blocks()) {
            block(block, out);
        }
        for (Section child : section.children()) {
            section(child, out);
        }
    }

    private static void block(Block block, StringBuilder out) {
        if (block instanceof Block.Paragraph paragraph) {
            paragraph(paragraph, out);
        } else if (block instanceof Block.Table table) {
            out.append("**").append(escape(table.caption())).append("**\n\n");
            table(table.header(), table.rows(), out);
        } else if (block instanceof Block.Chart chart) {
            chart(chart, out);
        } else if (block instanceof Block.Image image) {
            out.append("![").append(escape(image.caption())).append("](data:").append(image.contentType())
                    .append(";base64,").append(Base64.getEncoder().encodeToString(image.bytes())).append(")\n\n");
        }
    }

    /** Neighbouring bold runs (a bold figure and its unit) share one pair of asterisks. */
    private static void paragraph(Block.Paragraph paragraph, StringBuilder out) {
        StringBuilder stretch = new StringBuilder();
        boolean bold = false;
        for (Block.Run run : paragraph.runs()) {
            if (run.bold() != bold) {
                emphasis(stretch, bold, out);
                bold = run.bold();
            }
            stretch.append(escape(run.text()));
        }
        emphasis(stretch, bold, out);
        out.append("\n\n");
    }

    private static void emphasis(StringBuilder stretch, boolean bold, StringBuilder out) {
        out.append(bold && !stretch.toString().isBlank() ? "**" + stretch + "**" : stretch);
        stretch.setLength(0);
    }

    private static void chart(Block.Chart chart, StringBuilder out) {
        out.append("**图：").append(escape(chart.caption())).append("**（单位：").append(escape(chart.unit()))
                .append("）\n\n");
        List<String> header = new ArrayList<>();
        header.add("");
        chart.series().forEach(series -> header.add(series.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(chart.categories().get(i));
            for (Block.ChartSeries series : chart.series()) {
                BigDecimal value = i < series.values().size() ? series.values().get(i) : null;
                row.add(value == null ? "—" : value.stripTrailingZeros().toPlainString());
            }
            rows.add(row);
        }
        table(header, rows, out);
    }

    private static void table(List<String> header, List<List<String>> rows, StringBuilder out) {
        row(header, out);
        out.append("|").append(" --- |".repeat(header.size())).append('\n');
        rows.forEach(row -> row(row, out));
        out.append('\n');
    }

    private static void row(List<String> cells, StringBuilder out) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(escape(cell).replace("|", "\\|")).append(" |"));
        out.append('\n');
    }

    /** Characters Markdown would read as markup are printed as themselves. */
    private static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("[", "\\[").replace("<", "&lt;").replace("\n", " ");
    }
}
