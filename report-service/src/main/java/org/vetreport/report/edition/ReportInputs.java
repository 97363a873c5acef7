package org.vetreport.report.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.vetreport.report.replica.Watermark;
import org.vetreport.report.template.Figure;
import org.vetreport.report.template.SchoolInfo;
import org.vetreport.report.template.YearValue;

/**
 * Everything one report is made of: the outline, the school, the period, every figure, the series its charts draw,
 * the narrative by section and the replica watermark the figures were computed at. An edition stores exactly this,
 * so re-rendering an edition assembles the same document from the same inputs, however the data moved since.
 *
 * @param generatedAt when the figures were taken; renderers print it instead of the time of rendering
 */
public record ReportInputs(String school, int year, String template, SchoolInfo profile, LocalDate from, LocalDate to,
                           SortedMap<String, Figure> figures, SortedMap<String, List<YearValue>> series,
                           SortedMap<String, String> narrative, List<Watermark.Position> watermark,
                           Instant generatedAt) {

    public ReportInputs {
        figures = sorted(figures);
        series = sorted(series);
        narrative = sorted(narrative);
        watermark = List.copyOf(watermark);
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
