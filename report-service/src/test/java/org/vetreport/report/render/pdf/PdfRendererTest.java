package org.vetreport.report.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetreport.report.render.SampleDocuments;

class PdfRendererTest {

    @Test
    void chineseTextHeadingsTablesAndCaptionsComeOutIntactInAnEmbeddedFont() throws IOException {
        CjkFont font = machineFont();
        byte[] pdf = new PdfRenderer(font.file().toString()).render(SampleDocuments.sample(null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // figures are drawn after the text around them: read in reading order, not drawing order
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("[\\s\\u3000]+", "");
            assertThat(text).contains("浙江科技工程学校2020年度质量报告", "数据期间：2020年1月1日至2020年12月31日", "版本：草稿",
                    "目录", "一、学校情况", "（二）学生情况", "1.在校生结构", "六、政策保障",
                    "学校现有全日制在校生6324人，男女生比例1.76:1；2020年新生招生数为1774人，比上年增长537人。",
                    "表1学生发展主要指标", "全日制在校生（人）60126324增加312", "图1近五年招生人数", "图3学校收入结构",
                    "图4案例：校企合作实训基地");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("浙江科技工程学校2020年度质量报告");
            List<PDFont> fonts = new ArrayList<>();
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
            assertThat(images).as("three charts and one photo").isEqualTo(4);
        }
    }

    @Test
    void theTextsPagesAreNumberedFromOneAfterTheCoverAndContentsWhichListsThem() throws IOException {
        CjkFont font = machineFont();
        byte[] pdf = new PdfRenderer(font.file().toString()).render(SampleDocuments.sample(1));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("目").doesNotContain("页");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).as("contents with the text's page numbers after dotted leaders")
                    .containsPattern("一、学校情况[ .]+1\\s").containsPattern("六、政策保障[ .]+2\\s");
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(document).replaceAll("\\s+", "")).contains("一、学校情况", "第1页");
        }
    }

    @Test
    void theSameDocumentRenderedLaterGivesTheSamePdfBytes() throws InterruptedException {
        PdfRenderer renderer = new PdfRenderer(machineFont().file().toString());
        byte[] first = renderer.render(SampleDocuments.sample(2));
        // past the PDF dates' one-second resolution, so a clock-stamped date or identifier would differ
        Thread.sleep(1100);
        assertThat(renderer.render(SampleDocuments.sample(2))).isEqualTo(first);
    }

    @Test
    void withoutAChineseFontThePdfIsRefusedWithAProblemNamingTheProperty(@TempDir Path emptyFolder) {
        PdfRenderer renderer = new PdfRenderer(new CjkFontLocator("", List.of(emptyFolder)));
        assertThatThrownBy(() -> renderer.render(SampleDocuments.sample(null)))
                .isInstanceOfSatisfying(PdfFontUnavailableException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.detail()).contains("report.render.pdf.font", "fonts-wqy-zenhei");
                });
    }

    @Test
    void aConfiguredFileThatIsNotAFontIsRefusedNamingThePropertyAndTheFile(@TempDir Path dir) throws IOException {
        Path notAFont = Files.writeString(dir.resolve("simsun.ttf"), "not a font");
        PdfRenderer renderer = new PdfRenderer(notAFont.toString());
        assertThatThrownBy(() -> renderer.render(SampleDocuments.sample(null)))
                .isInstanceOf(PdfFontUnavailableException.class)
                .hasMessageContaining("report.render.pdf.font names " + notAFont);
        PdfRenderer missing = new PdfRenderer(dir.resolve("missing.ttc").toString());
        assertThatThrownBy(() -> missing.render(SampleDocuments.sample(null)))
                .isInstanceOf(PdfFontUnavailableException.class)
                .hasMessageContaining("report.render.pdf.font names " + dir.resolve("missing.ttc"))
                .hasMessageContaining("not a readable file");
    }

    /** The machine's CJK font, found the way the service finds it; the test is skipped on a machine without one. */
    private static CjkFont machineFont() {
        try {
            return new CjkFontLocator("", CjkFontLocator.COMMON_FOLDERS).require();
        } catch (PdfFontUnavailableException e) {
            assumeTrue(false, "no CJK font on this machine (install fonts-wqy-zenhei): " + e.getMessage());
            throw e;
        }
    }
}
