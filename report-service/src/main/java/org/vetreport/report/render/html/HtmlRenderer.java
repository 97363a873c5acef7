package org.vetreport.report.render.html;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.vetreport.report.document.DocumentRenderer;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.render.chart.SvgCanvas;

/** The report as one printable web page with its charts as inline SVG; it needs nothing beside itself. */
@Component
public class HtmlRenderer implements DocumentRenderer {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String contentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public byte[] render(ReportDocument document) {
        return HtmlPage.write(document, HtmlPage.BROWSER_FONTS, SvgCanvas::svg).getBytes(StandardCharsets.UTF_8);
    }
}
