package org.vetreport.report.document;

import java.math.BigDecimal;
import java.util.List;

/** The content of a section, in order. */
public sealed interface Block {

    /**
     * A paragraph of runs; a run that shows a figure names the indicator, so every printed number can be traced.
     */
    record Paragraph(List<Run> runs) implements Block {

        public Paragraph {
            runs = List.copyOf(runs);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Run.text(text)));
        }
    }

    /**
     * A piece of text.
     *
     * @param indicator the indicator id when the text is a figure, else {@code null}
     */
    record Run(String text, boolean bold, String indicator) {

        public static Run text(String text) {
            return new Run(text, false, null);
        }

        public static Run figure(String text, String indicator) {
            return new Run(text, false, indicator);
        }
    }

    /** A table with one header row; cells are already formatted as printed. */
    record Table(String caption, List<String> header, List<List<String>> rows) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A chart drawn from data; renderers choose how (native Word chart, SVG, image). */
    record Chart(String caption, ChartKind kind, String unit, List<String> categories, List<ChartSeries> series)
            implements Block {

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    enum ChartKind {
        LINE, BAR, PIE
    }

    /** One named series; values align with the chart's categories, {@code null} where there is no value. */
    record ChartSeries(String name, List<BigDecimal> values) {
    }

    /** An image an editor uploaded, e.g. a photo of a case (案例). */
    record Image(String caption, String contentType, byte[] bytes) implements Block {
    }
}
