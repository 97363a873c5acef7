package org.vetreport.report.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.vetreport.report.document.Block.Image;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.render.SampleDocuments;

class DocxRendererTest {

    private static final DocxRenderer renderer = new DocxRenderer();
    private static XWPFDocument draft;

    @BeforeAll
    static void renderDraft() throws IOException {
        draft = open(renderer.render(SampleDocuments.sample(null)));
    }

    @Test
    void headingsAreNumberedInChineseStyleWithTheHeadingStyleOfTheirLevel() {
        List<String> headings = draft.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                .map(p -> p.getStyle() + ":" + p.getText()).toList();
        assertThat(headings).containsExactly("Heading1:一、学校情况", "Heading2:（一）学校概况", "Heading2:（二）学生情况",
                "Heading3:1.在校生结构", "Heading2:（三）教师队伍", "Heading1:六、政策保障");
    }

    @Test
    void headingStylesAreDefinedInHeiTiWithOutlineLevelsAndBodyTextInSongTi() {
        for (int level = 1; level <= 3; level++) {
            var style = draft.getStyles().getStyle("Heading" + level).getCTStyle();
            assertThat(style.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
            assertThat(style.getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
        }
        assertThat(draft.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
                .isEqualTo("宋体");
        assertThat(draft.getStyles().getStyle(DocxStyles.BODY).getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
                .isEqualTo("宋体");
    }

    @Test
    void chineseTextAndFiguresSurviveIntact() {
        assertThat(text(draft)).contains("学校现有全日制在校生6324人，男女生比例1.76:1；2020年新生招生数为1774人，比上年增长537人。"
                + "巩固率保持在99%以上。");
    }

    @Test
    void coverNamesSchoolYearDataPeriodAndDraft() {
        String text = text(draft);
        assertThat(text).contains("浙江科技工程学校\n2020年度质量报告", "学校名称：浙江科技工程学校", "报告年度：2020年",
                "数据期间：2020年1月1日至2020年12月31日", "版　　本：草稿", "嘉兴市教育局", "2021年1月15日");
    }

    @Test
    void anEditionIsNamedOnTheCover() throws IOException {
        try (XWPFDocument edition = open(renderer.render(SampleDocuments.sample(3)))) {
            assertThat(text(edition)).contains("版　　本：第3版").doesNotContain("草稿");
        }
    }

    @Test
    void tableHasACaptionAShadedRepeatingHeaderRowAndBorders() {
        assertThat(draft.getTables()).hasSize(1);
        XWPFTable table = draft.getTables().get(0);
        assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                .containsExactly("指标", "2019年", "2020年", "变化");
        assertThat(table.getRow(0).getCell(0).getColor()).isEqualTo("D9E2F3");
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("全日制在校生（人）");
        assertThat(table.getRows()).hasSize(4);
        assertThat(table.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
        assertThat(table.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
        assertThat(text(draft)).contains("表1　学生发展主要指标");
    }

    @Test
    void chartsAreNativeWordChartsOfTheirKindWithTheirData() {
        List<XWPFChart> charts = draft.getCharts();
        assertThat(charts).hasSize(3);
        CTPlotArea line = charts.get(0).getCTChart().getPlotArea();
        assertThat(line.sizeOfLineChartArray()).isEqualTo(1);
        assertThat(line.getLineChartArray(0).sizeOfSerArray()).isEqualTo(2);
        assertThat(line.getLineChartArray(0).getSerArray(0).getTx().getStrRef().getStrCache().getPtArray(0).getV())
                .isEqualTo("新生招生数");
        assertThat(line.getLineChartArray(0).getSerArray(0).getCat().getStrRef().getStrCache().getPtCount().getVal())
                .isEqualTo(5);
        // the graduates of 2018 are unknown: a gap, not a zero
        assertThat(charts.get(0).getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
        assertThat(line.getLineChartArray(0).getSerArray(1).getVal().getNumRef().getNumCache().getPtList())
                .extracting(pt -> pt.getIdx()).containsExactly(0L, 1L, 3L, 4L);
        assertThat(charts.get(1).getCTChart().getPlotArea().sizeOfBarChartArray()).isEqualTo(1);
        assertThat(charts.get(2).getCTChart().getPlotArea().sizeOfPieChartArray()).isEqualTo(1);
        assertThat(charts.get(2).getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0).getDLbls()
                .getShowPercent().getVal()).isTrue();
        assertThat(text(draft)).contains("图1　近五年招生人数", "图2　专任教师职称结构", "图3　学校收入结构");
    }

    @Test
    void imageIsEmbeddedWithItsCaption() {
        assertThat(draft.getAllPictures()).hasSize(1);
        assertThat(draft.getAllPictures().get(0).getData()).isEqualTo(
                SampleDocuments.sample(null).sections().get(1).blocks().stream()
                        .filter(b -> b instanceof Image).map(b -> ((Image) b).bytes()).findFirst().orElseThrow());
        assertThat(text(draft)).contains("图4　案例：校企合作实训基地");
    }

    @Test
    void footerPrintsThePageNumberField() {
        String footer = draft.getFooterList().stream().map(f -> f.getParagraphs().stream()
                .map(p -> p.getCTP().xmlText()).collect(Collectors.joining())).collect(Collectors.joining());
        assertThat(footer).contains("PAGE").contains("fldChar");
        assertThat(draft.getFooterList().stream().map(f -> f.getText()).collect(Collectors.joining()))
                .contains("第", "页");
    }

    @Test
    void tableOfContentsIsAFieldListingTheNumberedHeadings() {
        XWPFParagraph first = draft.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle())).findFirst()
                .orElseThrow();
        assertThat(first.getCTP().xmlText()).contains("TOC \\o");
        assertThat(first.getText()).isEqualTo("一、学校情况");
        assertThat(draft.getParagraphs().stream().filter(p -> "TOC3".equals(p.getStyle())).map(p -> p.getText()))
                .containsExactly("1.在校生结构");
        assertThat(draft.getSettings().getCTSettings().getUpdateFields().getVal()).isNotNull();
    }

    @Test
    void theSameDocumentRenderedLaterGivesTheSameBytes() throws InterruptedException {
        ReportDocument document = SampleDocuments.sample(2);
        byte[] first = renderer.render(document);
        // zip entry times have a resolution of two seconds: wait past it so a clock-stamped entry would differ
        Thread.sleep(2100);
        assertThat(renderer.render(document)).isEqualTo(first);
    }

    @Test
    void theGenerationTimeIsTheDocumentsCreationTime() throws IOException {
        try (XWPFDocument doc = open(renderer.render(SampleDocuments.sample(2)))) {
            assertThat(doc.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(SampleDocuments.GENERATED_AT);
        }
        ReportDocument later = new ReportDocument(SampleDocuments.sample(2).titlePage(),
                SampleDocuments.sample(2).sections(), 2, Instant.parse("2021-02-01T00:00:00Z"));
        assertThat(renderer.render(later)).isNotEqualTo(renderer.render(SampleDocuments.sample(2)));
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static String text(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
