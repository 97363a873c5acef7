package org.vetreport.report.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.report.document.Block;

/**
 * Builds one generated paragraph out of text and figures. Each figure becomes a run naming its indicator, so a
 * printed number can be traced; a missing figure is said to be missing in words rather than printed as zero.
 */
public final class Sentence {

    /** Words that lead into a number and read wrongly before 暂无数据: 新生招生数为…, 占专任教师的…. */
    private static final Pattern LEAD_END = Pattern.compile("(为|的|达)$");

    private final Facts facts;
    private final List<Block.Run> runs = new ArrayList<>();

    private Sentence(Facts facts) {
        this.facts = facts;
    }

    public static Sentence of(Facts facts) {
        return new Sentence(facts);
    }

    public Sentence text(String text) {
        if (!text.isEmpty()) {
            runs.add(Block.Run.text(text));
        }
        return this;
    }

    /**
     * {@code lead} followed by the figure with its unit ({@code 学校现有全日制在校生6324人}); when the figure has no
     * value, its name and {@code 暂无数据} instead ({@code 全日制在校生暂无数据}).
     */
    public Sentence clause(String lead, String id) {
        Figure figure = facts.require(id);
        if (figure.value() == null) {
            // inputs frozen before the catalogue had the figure know no name for it: the lead names it instead
            String name = facts.figure(id).map(Figure::nameZh).orElseGet(() -> LEAD_END.matcher(lead).replaceAll(""));
            runs.add(Block.Run.figure(name + Wording.MISSING, id));
        } else {
            text(lead);
            runs.add(Block.Run.figure(Wording.withUnit(figure.value(), figure.unit()), id));
        }
        return this;
    }

    /** The figure alone with its unit, or {@code 暂无数据}. */
    public Sentence figure(String id) {
        Figure figure = facts.require(id);
        runs.add(Block.Run.figure(Wording.withUnit(figure.value(), figure.unit()), id));
        return this;
    }

    /** {@code ，比上年增长537人} / {@code ，与上年持平}; nothing when the figure itself is missing. */
    public Sentence change(String id) {
        String words = Wording.change(facts.require(id), "比上年");
        if (!words.isEmpty()) {
            text("，");
            runs.add(Block.Run.figure(words, id));
        }
        return this;
    }

    /** {@code ，比2019年增长4.27%}: the change as a share of last year's figure. */
    public Sentence changePercent(String id) {
        String words = Wording.changePercent(facts.require(id), "比" + (facts.year() - 1) + "年");
        if (!words.isEmpty()) {
            text("，");
            runs.add(Block.Run.figure(words, id));
        }
        return this;
    }

    public Block.Paragraph build() {
        return new Block.Paragraph(runs);
    }
}
