package org.vetreport.report.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetreport.report.render.SampleDocuments;

/**
 * Proves the DOCX is a file other word processors read: LibreOffice converts it to PDF with every heading, the
 * table and the captions. Runs where LibreOffice is installed (CI installs it), skipped elsewhere.
 */
class DocxLibreOfficeConversionTest {

    @Test
    void libreOfficeConvertsTheDocxToAPdfWithItsChineseText(@TempDir Path dir) throws Exception {
        Optional<String> soffice = soffice();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed; the conversion test is skipped");
        Path docx = dir.resolve("report.docx");
        Files.write(docx, new DocxRenderer().render(SampleDocuments.sample(1)));
        Process process = new ProcessBuilder(soffice.get(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                dir.toString(), docx.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished within 3 minutes").isTrue();
        Path pdf = dir.resolve("report.pdf");
        assertThat(pdf).as("soffice output: %s", Files.readString(dir.resolve("soffice.log"))).exists();
        try (PDDocument converted = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(converted).replaceAll("[\\s\\u3000]+", "");
            assertThat(text).contains("浙江科技工程学校2020年度质量报告", "一、学校情况", "（二）学生情况", "1.在校生结构",
                    "全日制在校生（人）", "表1学生发展主要指标", "图3学校收入结构", "第1页");
            assertThat(converted.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        }
    }

    private static Optional<String> soffice() throws IOException {
        List<String> candidates = List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
                "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice");
        Optional<String> known = candidates.stream().filter(p -> new File(p).canExecute()).findFirst();
        if (known.isPresent()) {
            return known;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        try (Stream<String> dirs = Stream.of(path.split(File.pathSeparator))) {
            return dirs.map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).map(Path::toString).findFirst();
        }
    }
}
