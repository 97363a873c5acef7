package org.vetreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vetreport.report.template.FigureFixtures.facts;
import static org.vetreport.report.template.FigureFixtures.figure;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vetreport.report.document.Block;

class SentenceTest {

    private static final Figure ENROLLED = figure("students.enrolled", "全日制在校生", "人", "6324", "6000");
    private static final Figure RATIO = figure("students.genderRatio", "男女生比例", "x:1", "1.76", "1.70");
    private static final Figure NEW = figure("students.newEnrolled", "新生招生数", "人", "1774", "1237");

    private static String text(Block.Paragraph paragraph) {
        return paragraph.runs().stream().map(Block.Run::text).collect(Collectors.joining());
    }

    private static Block.Paragraph seedSentence(Facts facts) {
        return Sentence.of(facts).clause("学校现有全日制在校生", "students.enrolled").text("，")
                .clause("男女生比例", "students.genderRatio").text("；")
                .clause("2020年新生招生数为", "students.newEnrolled").change("students.newEnrolled").text("。").build();
    }

    @Test
    void theSeedsSentenceReadsAsTheSeedWroteIt() {
        assertThat(text(seedSentence(facts(2020, ENROLLED, RATIO, NEW))))
                .isEqualTo("学校现有全日制在校生6324人，男女生比例1.76:1；2020年新生招生数为1774人，比上年增长537人。");
    }

    @Test
    void everyPrintedFigureNamesItsIndicator() {
        Block.Paragraph paragraph = seedSentence(facts(2020, ENROLLED, RATIO, NEW));

        assertThat(paragraph.runs()).filteredOn(run -> run.indicator() != null).extracting(Block.Run::text, Block.Run::indicator)
                .containsExactly(tuple("6324人", "students.enrolled"),
                        tuple("1.76:1", "students.genderRatio"),
                        tuple("1774人", "students.newEnrolled"),
                        tuple("比上年增长537人", "students.newEnrolled"));
    }

    @Test
    void aMissingFigureIsSaidToBeMissingInsteadOfPrintedAsZero() {
        Figure noRatio = figure("students.genderRatio", "男女生比例", "x:1", null, "1.70");

        assertThat(text(seedSentence(facts(2020, ENROLLED, noRatio, NEW))))
                .isEqualTo("学校现有全日制在校生6324人，男女生比例暂无数据；2020年新生招生数为1774人，比上年增长537人。");
    }

    @Test
    void aFigureTheFactsDoNotHoldAtAllIsNamedByItsLead() {
        assertThat(text(seedSentence(facts(2020, ENROLLED, RATIO))))
                .isEqualTo("学校现有全日制在校生6324人，男女生比例1.76:1；2020年新生招生数暂无数据。");
    }
}
