package org.vetreport.report.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The yearly report as a tree of sections, the one model every renderer (DOCX, HTML, PDF, JSON, Markdown) draws.
 * Built from a template, the editors' narrative and frozen or live indicator values; renderers never compute.
 *
 * @param edition the edition number, or {@code null} for the live draft
 */
public record ReportDocument(TitlePage titlePage, List<Section> sections, Integer edition, Instant generatedAt) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /**
     * What the cover shows.
     *
     * @param title     e.g. 江西省九江市中等专业学校2020年度质量报告
     * @param school    the school's name
     * @param year      the year the report is labelled with
     * @param from      first day of the data period
     * @param to        last day of the data period
     * @param publisher e.g. the school's name again, or its founding authority
     */
    public record TitlePage(String title, String school, int year, LocalDate from, LocalDate to, String publisher) {
    }
}
