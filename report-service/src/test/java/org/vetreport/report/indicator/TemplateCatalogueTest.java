package org.vetreport.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vetreport.report.document.Block;
import org.vetreport.report.template.Content;
import org.vetreport.report.template.Facts;
import org.vetreport.report.template.ReportTemplate;
import org.vetreport.report.template.SchoolInfo;
import org.vetreport.report.template.TemplateSection;
import org.vetreport.report.template.Templates;

/** The outlines print only figures the catalogue computes: a renamed indicator breaks this, not a report. */
class TemplateCatalogueTest {

    private static void collect(List<TemplateSection> sections, Facts facts, Set<String> ids) {
        for (TemplateSection section : sections) {
            for (Content content : section.content()) {
                for (Block block : content.blocks(facts)) {
                    if (block instanceof Block.Paragraph paragraph) {
                        paragraph.runs().stream().map(Block.Run::indicator).filter(id -> id != null).forEach(ids::add);
                    }
                }
            }
            collect(section.children(), facts, ids);
        }
    }

    @Test
    void everyFigureTheOutlinesPrintIsInTheCatalogue() {
        Set<String> catalogue = new HashSet<>(IndicatorConfiguration.catalogue().stream().map(Indicator::id).toList());
        Facts nothing = new Facts(2020, new SchoolInfo("s", "学校", null, null, List.of(), null), LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), Map.of(), Map.of());
        for (String id : Templates.ids()) {
            ReportTemplate template = Templates.find(id).orElseThrow();
            Set<String> printed = new HashSet<>();
            collect(template.sections(), nothing, printed);

            assertThat(printed).as(id).isNotEmpty();
            assertThat(catalogue).as(id + " prints figures the catalogue lacks").containsAll(printed);
        }
    }
}
