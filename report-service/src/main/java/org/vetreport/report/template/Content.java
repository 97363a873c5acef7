package org.vetreport.report.template;

import java.util.List;
import java.util.function.Function;
import org.vetreport.report.document.Block;

/** Generated content of a section: sentences, tables or charts built from the facts alone. */
@FunctionalInterface
public interface Content {

    List<Block> blocks(Facts facts);

    /** Content that is one generated paragraph. */
    static Content paragraph(Function<Facts, Block.Paragraph> sentence) {
        return facts -> List.of(sentence.apply(facts));
    }
}
