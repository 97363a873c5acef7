package org.vetreport.report.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.vetreport.report.document.Block;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.Section;
import org.vetreport.report.narrative.NarrativeText;
import org.vetreport.report.narrative.Placeholder;
import org.vetreport.report.template.Content;
import org.vetreport.report.template.Facts;
import org.vetreport.report.template.ReportTemplate;
import org.vetreport.report.template.TemplateSection;
import org.vetreport.report.template.Wording;

/**
 * Turns a template and the inputs of a report into the document every renderer draws: each section's generated
 * content, then its narrative with figures resolved, then its subsections, numbered by their place in the
 * outline. A pure function of its arguments: the same inputs give the same document.
 */
public final class ReportAssembler {

    private ReportAssembler() {
    }

    /**
     * @param edition the edition number, {@code null} for the live draft
     * @param images  the school's uploaded images by id
     */
    public static ReportDocument assemble(ReportTemplate template, ReportInputs inputs, Integer edition,
                                          Function<String, Optional<Block.Image>> images) {
        Facts facts = new Facts(inputs.year(), inputs.profile(), inputs.from(), inputs.to(), inputs.figures(),
                inputs.series());
        String name = inputs.profile().name();
        // the school writes and answers for its own report; its founding authority is named in the text, not as author
        ReportDocument.TitlePage title = new ReportDocument.TitlePage(name + inputs.year() + "年教育质量年度报告", name,
                inputs.year(), inputs.from(), inputs.to(), name);
        Function<String, Block.Run> figures = placeholder -> Placeholder.parse(placeholder, inputs.figures().keySet())
                .map(found -> found.resolve(inputs.figures().get(found.indicator())))
                .orElseGet(() -> Block.Run.text(Wording.MISSING));
        return new ReportDocument(title, sections(template.sections(), "", 1, facts, inputs, figures, images), edition,
                inputs.generatedAt());
    }

    private static List<Section> sections(List<TemplateSection> templates, String prefix, int level, Facts facts,
                                          ReportInputs inputs, Function<String, Block.Run> figures,
                                          Function<String, Optional<Block.Image>> images) {
        List<Section> sections = new ArrayList<>();
        int number = 0;
        for (TemplateSection template : templates) {
            String text = inputs.narrative().getOrDefault(template.id(), "");
            if (template.caseStudy() && text.isBlank()) {
                continue;
            }
            String numbered = prefix + ++number;
            List<Block> blocks = new ArrayList<>();
            for (Content content : template.content()) {
                blocks.addAll(content.blocks(facts));
            }
            blocks.addAll(NarrativeText.blocks(text, figures, images));
            sections.add(new Section(template.id(), numbered, template.title(), level, blocks,
                    sections(template.children(), numbered + ".", level + 1, facts, inputs, figures, images)));
        }
        return sections;
    }
}
