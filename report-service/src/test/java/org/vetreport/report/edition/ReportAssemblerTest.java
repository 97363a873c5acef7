package org.vetreport.report.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vetreport.report.document.Block;
import org.vetreport.report.document.ReportDocument;
import org.vetreport.report.document.Section;
import org.vetreport.report.template.Templates;

class ReportAssemblerTest {

    private static ReportDocument assemble(ReportInputs inputs) {
        return ReportAssembler.assemble(Templates.find(inputs.template()).orElseThrow(), inputs, null, id -> Optional.empty());
    }

    private static Section section(List<Section> sections, String id) {
        for (Section section : sections) {
            if (section.id().equals(id)) {
                return section;
            }
            try {
                return section(section.children(), id);
            } catch (IllegalArgumentException notBelow) {
                // keep looking among the siblings
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static String text(Section section) {
        return section.blocks().stream().filter(Block.Paragraph.class::isInstance).map(Block.Paragraph.class::cast)
                .map(p -> p.runs().stream().map(Block.Run::text).collect(Collectors.joining())).collect(Collectors.joining("\n"));
    }

    @Test
    void generatedSentencesComeBeforeTheNarrativeWithItsFiguresResolved() {
        ReportDocument document = assemble(Inputs.of("outline-2016",
                Map.of("1.2", "全校在校生{{students.enrolled}}人，稳中有升。"),
                Inputs.figure("students.enrolled", "全日制在校生", "人", "6324")));

        Section students = section(document.sections(), "1.2");
        assertThat(students.number()).isEqualTo("1.2");
        assertThat(students.level()).isEqualTo(2);
        assertThat(text(students)).startsWith("学校现有全日制在校生6324人").endsWith("全校在校生6324人，稳中有升。");
        assertThat(students.blocks()).anySatisfy(block -> assertThat(block).isInstanceOf(Block.Chart.class));
    }

    @Test
    void theTitlePageNamesTheSchoolAsAuthorTheYearAndThePeriod() {
        ReportDocument document = assemble(Inputs.of("outline-2016", Map.of()));

        assertThat(document.titlePage().title()).isEqualTo("九江市中等专业学校2020年教育质量年度报告");
        assertThat(document.titlePage().publisher()).isEqualTo("九江市中等专业学校");
        assertThat(document.generatedAt()).isEqualTo(Instant.parse("2021-03-01T08:00:00Z"));
        assertThat(document.edition()).isNull();
    }

    @Test
    void aCaseNobodyWroteIsLeftOutAndTheCasesAfterItAreNumberedOn() {
        ReportDocument document = assemble(Inputs.of("outline-2016", Map.of("7.2", "案例：产教融合")));

        Section innovation = section(document.sections(), "7");
        assertThat(innovation.children()).extracting(Section::id, Section::number).containsExactly(
                tuple("7.2", "7.1"));
    }

    @Test
    void the2024OutlineNumbersItsNamedSectionsByPlace() {
        ReportDocument document = assemble(Inputs.of("outline-2024", Map.of()));

        assertThat(document.sections()).extracting(Section::number).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(section(document.sections(), "talent.students").number()).isEqualTo("1.2");
        assertThat(section(document.sections(), "indicators").blocks()).hasSize(5).allSatisfy(block ->
                assertThat(block).isInstanceOf(Block.Table.class));
    }

    @Test
    void theSameInputsGiveTheSameDocument() {
        ReportInputs inputs = Inputs.of("outline-2024", Map.of("talent.moral", "**立德树人**"),
                Inputs.figure("students.enrolled", "全日制在校生", "人", "6324"));

        assertThat(assemble(inputs)).isEqualTo(assemble(inputs));
    }
}
