package org.vetreport.report.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EditionDiffTest {

    @Test
    void namesEveryChangedFigureByIndicatorAndEveryChangedTextBySection() {
        ReportInputs first = Inputs.of("outline-2016", Map.of("1.1", "旧文字", "8.1", "不变"),
                Inputs.figure("students.enrolled", "全日制在校生", "人", "6324"),
                Inputs.figure("students.graduates", "毕业生数", "人", "750"),
                Inputs.figure("majors.count", "专业数", "个", "20"));
        ReportInputs second = Inputs.of("outline-2016", Map.of("1.1", "新文字", "8.1", "不变", "8.2", "新增"),
                Inputs.figure("students.enrolled", "全日制在校生", "人", "6330"),
                Inputs.figure("students.graduates", "毕业生数", "人", "750.0"),
                Inputs.figure("majors.count", "专业数", "个", null));

        EditionDiff diff = EditionDiff.between(1, first, 2, second);

        assertThat(diff.template()).isNull();
        assertThat(diff.figures()).extracting(EditionDiff.FigureChange::indicator)
                .containsExactly("majors.count", "students.enrolled");
        assertThat(diff.figures().get(1).fromValue()).isEqualByComparingTo("6324");
        assertThat(diff.figures().get(1).toValue()).isEqualByComparingTo("6330");
        assertThat(diff.sections()).extracting(EditionDiff.TextChange::section, EditionDiff.TextChange::from,
                EditionDiff.TextChange::to).containsExactly(
                tuple("1.1", "旧文字", "新文字"),
                tuple("8.2", "", "新增"));
    }

    @Test
    void aChangedOutlineIsNamed() {
        EditionDiff diff = EditionDiff.between(1, Inputs.of("outline-2016", Map.of()), 2, Inputs.of("outline-2024", Map.of()));

        assertThat(diff.template()).isEqualTo(new EditionDiff.Change<>("outline-2016", "outline-2024"));
        assertThat(diff.figures()).isEmpty();
        assertThat(diff.sections()).isEmpty();
    }
}
