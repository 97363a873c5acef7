package org.vetreport.report.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.report.document.Block;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.Section;

class MarkdownRendererTest {

    private static final ReportDocument DOCUMENT = new ReportDocument(
            new ReportDocument.TitlePage("九江市中等专业学校2020年教育质量年度报告", "九江市中等专业学校", 2020,
                    LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "九江市教育局"),
            List.of(new Section("1", "1", "学校情况", 1, List.of(), List.of(
                    new Section("1.2", "1.2", "学生情况", 2, List.of(
                            new Block.Paragraph(List.of(Block.Run.text("在校生"), Block.Run.figure("6324人", "students.enrolled"),
                                    new Block.Run("稳中有升", true, null))),
                            new Block.Table("表1 学生", List.of("指标", "本年"), List.of(List.of("在校生", "6324"))),
                            new Block.Chart("近5年在校生", Block.ChartKind.LINE, "人", List.of("2019年", "2020年"),
                                    List.of(new Block.ChartSeries("在校生", Arrays.asList(null, new BigDecimal("6324")))))),
                            List.of(new Section("1.2.1", "1.2.1", "细项", 3, List.of(), List.of())))))),
            2, Instant.parse("2021-03-01T08:00:00Z"));

    private static String render() {
        return new String(new MarkdownRenderer().render(DOCUMENT), StandardCharsets.UTF_8);
    }

    @Test
    void headingsAreNumberedInChineseStyle() {
        assertThat(render()).contains("\n## 一、学校情况\n", "\n### （二）学生情况\n", "\n#### 1. 细项\n");
    }

    @Test
    void theTitleNamesTheEditionAndTheDataPeriodAndTheTimeFromTheDocument() {
        assertThat(render()).startsWith("# 九江市中等专业学校2020年教育质量年度报告\n")
                .contains("数据期间：2020年1月1日至2020年12月31日", "第2版，生成于2021-03-01 16:00");
    }

    @Test
    void boldRunsTablesAndChartDataAreWritten() {
        assertThat(render()).contains("在校生6324人**稳中有升**", "| 指标 | 本年 |\n| --- | --- |\n| 在校生 | 6324 |",
                "**图：近5年在校生**（单位：人）", "| 2019年 | — |", "| 2020年 | 6324 |");
    }

    @Test
    void neighbouringBoldRunsShareOnePairOfAsterisks() {
        ReportDocument boldFigure = new ReportDocument(DOCUMENT.titlePage(), List.of(new Section("1", "1", "学校情况", 1,
                List.of(new Block.Paragraph(List.of(Block.Run.text("在校生"), new Block.Run("3", true, "students.enrolled"),
                        new Block.Run("人", true, null), Block.Run.text("。")))), List.of())), null, DOCUMENT.generatedAt());

        assertThat(new String(new MarkdownRenderer().render(boldFigure), StandardCharsets.UTF_8))
                .contains("在校生**3人**。").contains("草稿，生成于");
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        assertThat(new MarkdownRenderer().render(DOCUMENT)).isEqualTo(new MarkdownRenderer().render(DOCUMENT));
    }

    @Test
    void chineseNumeralsUpToNinetyNine() {
        assertThat(ChineseNumbering.numeral(1)).isEqualTo("一");
        assertThat(ChineseNumbering.numeral(10)).isEqualTo("十");
        assertThat(ChineseNumbering.numeral(12)).isEqualTo("十二");
        assertThat(ChineseNumbering.numeral(21)).isEqualTo("二十一");
    }
}
