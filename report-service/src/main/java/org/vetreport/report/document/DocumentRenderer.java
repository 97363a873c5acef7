package org.vetreport.report.document;

/**
 * Draws a {@link ReportDocument} in one format. Every format is a Spring bean implementing this; the report API
 * picks one by {@link #format()} ({@code /reports/2020.docx}).
 */
public interface DocumentRenderer {

    /** The file extension that selects it: {@code docx}, {@code html}, {@code pdf}, {@code json}, {@code md}. */
    String format();

    /** The media type of what it renders, e.g. {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document}. */
    String contentType();

    byte[] render(ReportDocument document);
}
