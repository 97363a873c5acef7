package org.vetreport.report.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.vetreport.report.document.Block;

/** Indicator tables: one row per indicator with this year's value, last year's and the change. */
public final class Tables {

    static final List<String> HEADER = List.of("指标", "单位", "本年", "上年", "增减");
    private static final String NONE = "—";

    private Tables() {
    }

    public static Content indicators(String caption, String... ids) {
        return facts -> {
            List<List<String>> rows = new ArrayList<>();
            for (String id : ids) {
                Figure figure = facts.require(id);
                rows.add(List.of(figure.nameZh(), figure.unit(), cell(figure.value()), cell(figure.previous()),
                        figure.change() == null ? NONE : signed(figure)));
            }
            return List.of(new Block.Table(caption, HEADER, rows));
        };
    }

    private static String cell(BigDecimal value) {
        return value == null ? NONE : Wording.number(value);
    }

    private static String signed(Figure figure) {
        return (figure.change().signum() > 0 ? "+" : "") + Wording.number(figure.change());
    }
}
