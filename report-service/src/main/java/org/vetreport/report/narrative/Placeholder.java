package org.vetreport.report.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.vetreport.report.document.Block;
import org.vetreport.report.template.Figure;
import org.vetreport.report.template.Wording;

/**
 * A figure written into narrative as {@code {{students.enrolled}}} or {@code {{students.newEnrolled.change}}}. It
 * prints the number alone, as the report rounds it, so the editor writes the unit and the wording around it.
 *
 * @param indicator the indicator id
 * @param part      what of the figure: value (the default), previous, change, changePercent, numerator, denominator
 */
public record Placeholder(String indicator, String part) {

    public static final List<String> PARTS = List.of("value", "previous", "change", "changePercent", "numerator",
            "denominator");

    /**
     * Reads the text between the braces against the catalogue: an indicator id, or one followed by a part.
     *
     * @return empty when it names no indicator of the catalogue or no part
     */
    public static Optional<Placeholder> parse(String name, Set<String> indicators) {
        if (indicators.contains(name)) {
            return Optional.of(new Placeholder(name, "value"));
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && indicators.contains(name.substring(0, dot)) && PARTS.contains(name.substring(dot + 1))) {
            return Optional.of(new Placeholder(name.substring(0, dot), name.substring(dot + 1)));
        }
        return Optional.empty();
    }

    /** Every name a placeholder may use, for suggestions. */
    public static List<String> names(List<String> indicators) {
        return indicators.stream().flatMap(id -> Stream.concat(Stream.of(id),
                PARTS.stream().filter(part -> !part.equals("value")).map(part -> id + "." + part))).toList();
    }

    /** The run it prints: the number, or {@code 暂无数据}; a run naming its indicator either way. */
    public Block.Run resolve(Figure figure) {
        BigDecimal number = figure == null ? null : switch (part) {
            case "previous" -> figure.previous();
            case "change" -> figure.change();
            case "changePercent" -> figure.changePercent();
            case "numerator" -> figure.numerator();
            case "denominator" -> figure.denominator();
            default -> figure.value();
        };
        return Block.Run.figure(Wording.number(number), indicator);
    }
}
