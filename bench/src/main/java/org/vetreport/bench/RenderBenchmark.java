package org.vetreport.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vetreport.report.document.Block;
import org.vetreport.report.document.Block.Chart;
import org.vetreport.report.document.Block.ChartKind;
import org.vetreport.report.document.Block.ChartSeries;
import org.vetreport.report.document.Block.Image;
import org.vetreport.report.document.Block.Paragraph;
import org.vetreport.report.document.Block.Run;
import org.vetreport.report.document.Block.Table;
import org.vetreport.report.document.DocumentRenderer;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.ReportDocument.TitlePage;
import org.vetreport.report.document.Section;
import org.vetreport.report.render.docx.DocxRenderer;
import org.vetreport.report.render.html.HtmlRenderer;
import org.vetreport.report.render.pdf.PdfRenderer;

/**
 * How long the renderers take for a document the size of a full yearly report (run by hand:
 * {@code bench/render.sh}). The document is built in memory: chapters of 4 sections, each section with four
 * paragraphs of seed-report prose with figures, a 12-row table and a chart (line, bar and pie in turn), and a
 * photo per chapter: 9 chapters make about 63 A4 pages (56 for 8, counted in LibreOffice). Each format is rendered a few times to warm the JVM up, then
 * timed; the median and the fastest run are printed. With an output folder, one rendering of each is written
 * there to be looked at.
 * Usage: RenderBenchmark [CHAPTERS] [RUNS] [OUTPUT_FOLDER]
 */
public final class RenderBenchmark {

    private static final String PROSE = "学校坚持立德树人根本任务，深化产教融合、校企合作，构建“三全五线”育人新格局。"
            + "本年度学校围绕专业建设、课程改革和师资队伍建设，推进人才培养模式改革，教学质量稳步提升，"
            + "学生职业技能和综合素质显著增强，社会服务能力不断提高。";

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int chapters = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path output = args.length > 2 ? Path.of(args[2]) : null;
        ReportDocument document = document(chapters);
        System.out.printf("# document: %d chapters, %d sections%n", chapters, chapters * 4);
        List<DocumentRenderer> renderers = new ArrayList<>(List.of(new DocxRenderer(), new HtmlRenderer()));
        renderers.add(new PdfRenderer(System.getProperty("report.render.pdf.font", "")));
        for (DocumentRenderer renderer : renderers) {
            int formatRuns = renderer.format().equals("pdf") ? Math.max(3, runs / 4) : runs;
            byte[] bytes = null;
            // as many untimed runs as timed ones first: the JIT needs a few dozen documents to settle
            for (int i = 0; i < Math.max(3, formatRuns); i++) {
                bytes = renderer.render(document);
            }
            long[] nanos = new long[formatRuns];
            for (int i = 0; i < formatRuns; i++) {
                long start = System.nanoTime();
                bytes = renderer.render(document);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("%-4s %8d bytes  median %7.1f ms  fastest %7.1f ms  (%d warm runs)%n",
                    renderer.format(), bytes.length, nanos[formatRuns / 2] / 1e6, nanos[0] / 1e6, formatRuns);
            if (output != null) {
                Files.createDirectories(output);
                Files.write(output.resolve("report." + renderer.format()), bytes);
            }
        }
    }

    static ReportDocument document(int chapters) {
        byte[] photo = photo();
        List<Section> sections = new ArrayList<>();
        for (int c = 1; c <= chapters; c++) {
            List<Section> children = new ArrayList<>();
            for (int s = 1; s <= 4; s++) {
                List<Block> blocks = new ArrayList<>();
                for (int p = 0; p < 4; p++) {
                    blocks.add(new Paragraph(List.of(Run.text(PROSE + "全年在校生"),
                            Run.figure(String.valueOf(6000 + c * 40 + s * 7 + p), "students.enrolled"),
                            Run.text("人，比上年增加"), Run.figure(String.valueOf(100 + s * 3), "students.enrolled.change"),
                            Run.text("人。"))));
                }
                blocks.add(table(c, s));
                blocks.add(chart(c, s));
                children.add(new Section(c + "." + s, c + "." + s, "第" + c + "章第" + s + "节", 2, blocks, List.of()));
            }
            List<Block> chapterBlocks = List.of(Paragraph.of(PROSE),
                    new Image("案例" + c + "：实训基地", "image/png", photo));
            sections.add(new Section(String.valueOf(c), String.valueOf(c), "第" + c + "章", 1, chapterBlocks, children));
        }
        return new ReportDocument(new TitlePage("示范职业技术学校2020年度质量报告", "示范职业技术学校", 2020,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "示范职业技术学校"), sections, 1,
                Instant.parse("2021-01-15T02:30:00Z"));
    }

    private static Table table(int chapter, int section) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= 12; r++) {
            rows.add(List.of("指标" + chapter + "." + section + "." + r + "（人）", String.valueOf(1000 + r * 13),
                    String.valueOf(1040 + r * 11), "增加" + (40 - r * 2)));
        }
        return new Table("主要指标" + chapter + "." + section, List.of("指标", "2019年", "2020年", "变化"), rows);
    }

    private static Chart chart(int chapter, int section) {
        ChartKind kind = ChartKind.values()[(chapter * 4 + section) % 3];
        List<String> categories = kind == ChartKind.PIE ? List.of("财政补助", "事业收入", "其他收入")
                : List.of("2016", "2017", "2018", "2019", "2020");
        List<ChartSeries> series = new ArrayList<>();
        for (int s = 0; s < (kind == ChartKind.PIE ? 1 : 2); s++) {
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                values.add(BigDecimal.valueOf(100L + (long) (i + 1) * (s + 3) * 17));
            }
            series.add(new ChartSeries("系列" + (s + 1), values));
        }
        return new Chart("图表" + chapter + "." + section, kind, "人", categories, series);
    }

    private static byte[] photo() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(800, 500,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(0xBFD7EA), 0, 500,
                new java.awt.Color(0x6A994E)));
        g.fillRect(0, 0, 800, 500);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
