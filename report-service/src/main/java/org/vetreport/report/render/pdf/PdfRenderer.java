package org.vetreport.report.render.pdf;

import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vetreport.report.document.Block.Chart;
import org.vetreport.report.document.DocumentRenderer;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.render.chart.ImageCanvas;
import org.vetreport.report.render.chart.Xml;
import org.vetreport.report.render.html.HtmlPage;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The report as PDF: openhtmltopdf lays out the HTML renderer's page, set in one CJK font found on the machine or
 * configured (subset-embedded, so the file reads anywhere). Charts go in as PNG drawn by the same painter as the
 * page's SVG, since the layout engine draws no SVG without a much larger library. Without a usable font it fails
 * with a problem naming {@value CjkFontLocator#PROPERTY}: a PDF with boxes for characters is never produced.
 */
@Component
public class PdfRenderer implements DocumentRenderer {

    private static final String FAMILY = "report-cjk";
    private static final HtmlPage.Fonts PDF_FONTS = new HtmlPage.Fonts("\"" + FAMILY + "\"", "\"" + FAMILY + "\"");

    static {
        XRLog.setLoggerImpl(new Slf4jLayoutLogger());
    }

    private final CjkFontLocator fonts;

    @Autowired
    public PdfRenderer(@Value("${report.render.pdf.font:}") String configuredFont) {
        this(new CjkFontLocator(configuredFont, CjkFontLocator.COMMON_FOLDERS));
    }

    public PdfRenderer(CjkFontLocator fonts) {
        this.fonts = fonts;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(ReportDocument document) {
        CjkFont font = fonts.require();
        try (PDDocument pdf = new PDDocument(); CjkFont.Opened face = font.open()) {
            Font chartFont = font.awt();
            String page = HtmlPage.write(document, PDF_FONTS, chart -> image(chart, chartFont));
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, face.font(), true)), FAMILY);
            builder.withHtmlContent(page, null);
            builder.withProducer("vetreport report-service");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            information(pdf.getDocumentInformation(), document);
            identify(pdf, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF document", e);
        }
    }

    private static String image(Chart chart, Font font) {
        return "<img class=\"chart\" alt=\"" + Xml.escape(chart.caption()) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(ImageCanvas.png(chart, font)) + "\"/>";
    }

    /**
     * The file identifier from the page's content: PDFBox would otherwise derive it from the clock, and the same
     * edition would give a different file at every rendering.
     */
    private static void identify(PDDocument pdf, String page) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(page.getBytes(StandardCharsets.UTF_8));
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            pdf.getDocument().getTrailer().setItem(COSName.ID, id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private static void information(PDDocumentInformation info, ReportDocument document) {
        Calendar generated = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        generated.setTimeInMillis(document.generatedAt().toEpochMilli());
        info.setTitle(document.titlePage().title());
        info.setAuthor(document.titlePage().school());
        info.setCreationDate(generated);
        info.setModificationDate(generated);
    }
}
