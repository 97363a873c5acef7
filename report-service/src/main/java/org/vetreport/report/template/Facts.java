package org.vetreport.report.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What generated content may read: the school, the period and the figures. Plain data, so a template gives the
 * same blocks for the same facts, live or frozen in an edition.
 *
 * @param series yearly series by indicator id, oldest year first (the enrolment trend)
 */
public record Facts(int year, SchoolInfo school, LocalDate from, LocalDate to, Map<String, Figure> figures,
                    Map<String, List<YearValue>> series) {

    public Facts {
        figures = Map.copyOf(figures);
        series = Map.copyOf(series);
    }

    public Optional<Figure> figure(String id) {
        return Optional.ofNullable(figures.get(id));
    }

    /** The figure, or one without any value when the catalogue had none: worded as missing, never as zero. */
    public Figure require(String id) {
        return figures.getOrDefault(id, new Figure(id, id, "", null, null, null, null, null, null, List.of()));
    }

    public List<YearValue> series(String id) {
        return series.getOrDefault(id, List.of());
    }
}
