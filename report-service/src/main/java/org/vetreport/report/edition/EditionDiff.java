package org.vetreport.report.edition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.vetreport.report.template.Figure;

/**
 * What changed from one edition to another: the template, every figure whose value, previous-year value or parts
 * differ (by indicator id) and every section whose narrative differs (by section id).
 *
 * @param template {@code null} when both use the same outline
 */
public record EditionDiff(int from, int to, Change<String> template, List<FigureChange> figures,
                          List<TextChange> sections) {

    public record Change<T>(T from, T to) {
    }

    /** @param from the figure in the earlier edition, {@code null} when it had none */
    public record FigureChange(String indicator, String nameZh, String unit, BigDecimal fromValue, BigDecimal toValue,
                               Figure from, Figure to) {
    }

    /** @param from the narrative in the earlier edition, empty when there was none */
    public record TextChange(String section, String from, String to) {
    }

    public static EditionDiff between(int fromNumber, ReportInputs from, int toNumber, ReportInputs to) {
        List<FigureChange> figures = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(from.figures().keySet());
        ids.addAll(to.figures().keySet());
        for (String id : ids) {
            Figure before = from.figures().get(id);
            Figure after = to.figures().get(id);
            if (!sameFigure(before, after)) {
                Figure named = after == null ? before : after;
                figures.add(new FigureChange(id, named.nameZh(), named.unit(), before == null ? null : before.value(),
                        after == null ? null : after.value(), before, after));
            }
        }
        List<TextChange> sections = new ArrayList<>();
        TreeSet<String> sectionIds = new TreeSet<>(from.narrative().keySet());
        sectionIds.addAll(to.narrative().keySet());
        for (String id : sectionIds) {
            String before = from.narrative().getOrDefault(id, "");
            String after = to.narrative().getOrDefault(id, "");
            if (!before.equals(after)) {
                sections.add(new TextChange(id, before, after));
            }
        }
        Change<String> template = from.template().equals(to.template()) ? null : new Change<>(from.template(), to.template());
        return new EditionDiff(fromNumber, toNumber, template, figures, sections);
    }

    /** Equal figures print the same: decimals compared by value, so 1.0 and 1.00 are no change. */
    private static boolean sameFigure(Figure a, Figure b) {
        if (a == null || b == null) {
            return a == b;
        }
        return same(a.value(), b.value()) && same(a.previous(), b.previous()) && a.parts().size() == b.parts().size()
                && IntStream.range(0, a.parts().size()).allMatch(i ->
                        a.parts().get(i).key().equals(b.parts().get(i).key())
                                && same(a.parts().get(i).value(), b.parts().get(i).value()));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}
