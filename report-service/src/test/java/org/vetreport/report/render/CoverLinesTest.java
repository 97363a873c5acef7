package org.vetreport.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverLinesTest {

    private static CoverLines cover(String title) {
        return new CoverLines(title, List.of(), "p", "d");
    }

    @Test
    void theTitleBreaksAfterTheSchoolsName() {
        assertThat(cover("九江中专2020年教育质量年度报告").titleLines("九江中专"))
                .containsExactly("九江中专", "2020年教育质量年度报告");
    }

    @Test
    void aLongNameBreaksBeforeItsBracketedSecondName() {
        assertThat(cover("浙江科技工程学校（嘉兴技师学院）2020年教育质量年度报告").titleLines("浙江科技工程学校（嘉兴技师学院）"))
                .containsExactly("浙江科技工程学校", "（嘉兴技师学院）", "2020年教育质量年度报告");
    }

    @Test
    void aTitleNotStartingWithTheSchoolStaysWhole() {
        assertThat(cover("2020年教育质量年度报告").titleLines("九江中专")).containsExactly("2020年教育质量年度报告");
    }
}
