package org.vetreport.report.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.report.document.Block;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.Section;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonRendererTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ReportDocument DOCUMENT = new ReportDocument(
            new ReportDocument.TitlePage("九江市中等专业学校2020年教育质量年度报告", "九江市中等专业学校", 2020,
                    LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "九江市教育局"),
            List.of(new Section("1.2", "1.2", "学生情况", 2, List.of(
                    new Block.Paragraph(List.of(Block.Run.text("在校生"), Block.Run.figure("6324人", "students.enrolled"))),
                    new Block.Table("表1", List.of("指标"), List.of(List.of("在校生"))),
                    new Block.Chart("收入构成", Block.ChartKind.PIE, "万元", List.of("财政补助收入"),
                            List.of(new Block.ChartSeries("收入构成", List.of(new BigDecimal("14891.93"))))),
                    new Block.Image("校园", "image/png", new byte[] {1, 2, 3})), List.of())),
            1, Instant.parse("2021-03-01T08:00:00Z"));

    @Test
    void everyBlockNamesItsKindAndEveryFigureItsIndicator() {
        JsonNode document = JSON.readTree(new JsonRenderer(JSON).render(DOCUMENT));

        JsonNode blocks = document.get("sections").get(0).get("blocks");
        assertThat(blocks.valueStream().map(block -> block.get("type").asString()))
                .containsExactly("paragraph", "table", "chart", "image");
        assertThat(blocks.get(0).get("runs").get(1).get("indicator").asString()).isEqualTo("students.enrolled");
        assertThat(blocks.get(2).get("series").get(0).get("values").get(0).decimalValue()).isEqualByComparingTo("14891.93");
        assertThat(blocks.get(3).get("bytes").asString()).isEqualTo("AQID");
        assertThat(document.get("edition").asInt()).isEqualTo(1);
    }

    @Test
    void chineseTextIsWrittenAsUtf8AndTheSameDocumentGivesTheSameBytes() {
        byte[] first = new JsonRenderer(JSON).render(DOCUMENT);

        assertThat(new String(first, StandardCharsets.UTF_8)).contains("九江市中等专业学校2020年教育质量年度报告");
        assertThat(new JsonRenderer(JSON).render(DOCUMENT)).isEqualTo(first);
    }
}
