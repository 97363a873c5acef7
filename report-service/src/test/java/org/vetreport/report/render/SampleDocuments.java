package org.vetreport.report.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.vetreport.report.document.Block;
import org.vetreport.report.document.Block.Chart;
import org.vetreport.report.document.Block.ChartKind;
import org.vetreport.report.document.Block.ChartSeries;
import org.vetreport.report.document.Block.Image;
import org.vetreport.report.document.Block.Paragraph;
import org.vetreport.report.document.Block.Run;
import org.vetreport.report.document.Block.Table;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.ReportDocument.TitlePage;
import org.vetreport.report.document.Section;

/** A hand-built report with every kind of block, worded like the seed report, for the renderers' tests. */
public final class SampleDocuments {

    public static final String SCHOOL = "浙江科技工程学校";
    public static final String STUDENTS_SENTENCE = "学校现有全日制在校生";
    public static final String TABLE_CAPTION = "学生发展主要指标";
    public static final String LINE_CAPTION = "近五年招生人数";
    public static final String BAR_CAPTION = "专任教师职称结构";
    public static final String PIE_CAPTION = "学校收入结构";
    public static final String IMAGE_CAPTION = "案例：校企合作实训基地";
    public static final Instant GENERATED_AT = Instant.parse("2021-01-15T02:30:00Z");

    private SampleDocuments() {
    }

    public static ReportDocument sample(Integer edition) {
        Section overview = new Section("1.1", "1.1", "学校概况", 2, List.of(
                Paragraph.of("浙江科技工程学校（嘉兴技师学院）是嘉兴市人民政府举办的中等职业学校，位于嘉兴市经济开发区文博路793号。"
                        + "学校融学制教育、职业培训、社会服务为一体，以培养先进制造业和现代服务业所需的高素质技术技能型人才为特色。")),
                List.of());
        Section students = new Section("1.2", "1.2", "学生情况", 2, List.of(
                new Paragraph(List.of(Run.text(STUDENTS_SENTENCE), Run.figure("6324", "students.enrolled"),
                        Run.text("人，男女生比例1.76:1；2020年新生招生数为"), Run.figure("1774", "students.newEnrolled"),
                        Run.text("人，比上年增长"), Run.figure("537", "students.newEnrolled.change"), Run.text("人。"),
                        new Run("巩固率保持在99%以上。", true, null))),
                new Table(TABLE_CAPTION, List.of("指标", "2019年", "2020年", "变化"), List.of(
                        List.of("全日制在校生（人）", "6012", "6324", "增加312"),
                        List.of("新生招生数（人）", "1237", "1774", "增加537"),
                        List.of("毕业生数（人）", "761", "750", "减少11"))),
                new Chart(LINE_CAPTION, ChartKind.LINE, "人", List.of("2016", "2017", "2018", "2019", "2020"),
                        List.of(new ChartSeries("新生招生数", decimals(1105, 1180, 1210, 1237, 1774)),
                                new ChartSeries("毕业生数", decimals(690, 702, null, 761, 750))))),
                List.of(new Section("1.2.1", "1.2.1", "在校生结构", 3,
                        List.of(Paragraph.of("在校生中三年制中职学生占比最高，五年一贯制学生逐年增加。")), List.of())));
        Section faculty = new Section("1.3", "1.3", "教师队伍", 2, List.of(
                Paragraph.of("学校在编教师387人，专任教师360名，其中硕士及以上93人。"),
                new Chart(BAR_CAPTION, ChartKind.BAR, "人", List.of("正高级", "高级", "中级", "初级及以下"),
                        List.of(new ChartSeries("2019年", decimals(3, 150, 140, 60)),
                                new ChartSeries("2020年", decimals(4, 156, 138, 62))))),
                List.of());
        Section school = new Section("1", "1", "学校情况", 1, List.of(), List.of(overview, students, faculty));
        Section guarantee = new Section("6", "6", "政策保障", 1, List.of(
                Paragraph.of("2020年学校总收入15683.2万元，财政补助收入占比最高。"),
                new Chart(PIE_CAPTION, ChartKind.PIE, "万元", List.of("财政补助", "事业收入", "其他收入"),
                        List.of(new ChartSeries("收入", List.of(new BigDecimal("14271.7"), new BigDecimal("784.2"),
                                new BigDecimal("627.3"))))),
                new Image(IMAGE_CAPTION, "image/png", png(480, 320))), List.of());
        return new ReportDocument(new TitlePage(SCHOOL + "2020年度质量报告", SCHOOL, 2020, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), "嘉兴市教育局"), List.of(school, guarantee), edition, GENERATED_AT);
    }

    /**
     * A document the size of a full yearly report: {@code chapters} chapters of four sections, each with a few
     * paragraphs, a table and a chart (about 60 pages for 8 chapters).
     */
    public static ReportDocument large(int chapters) {
        List<Section> sections = new ArrayList<>();
        ReportDocument sample = sample(1);
        Section studentSection = sample.sections().get(0).children().get(1);
        for (int c = 1; c <= chapters; c++) {
            List<Section> children = new ArrayList<>();
            for (int s = 1; s <= 4; s++) {
                List<Block> blocks = new ArrayList<>();
                for (int p = 0; p < 3; p++) {
                    blocks.add(sample.sections().get(0).children().get(0).blocks().get(0));
                }
                blocks.addAll(studentSection.blocks());
                children.add(new Section(c + "." + s, c + "." + s, "第" + s + "节", 2, blocks, List.of()));
            }
            sections.add(new Section(String.valueOf(c), String.valueOf(c), "第" + c + "章", 1, List.of(), children));
        }
        return new ReportDocument(sample.titlePage(), sections, 1, GENERATED_AT);
    }

    private static List<BigDecimal> decimals(Integer... values) {
        return Arrays.stream(values).map(v -> v == null ? null : BigDecimal.valueOf(v)).toList();
    }

    /** A small picture: a sky, a lawn and a building. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xBFD7EA));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x6A994E));
        g.fillRect(0, height * 2 / 3, width, height / 3);
        g.setColor(new Color(0x8D5524));
        g.fillRect(width / 3, height / 4, width / 3, height * 5 / 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
