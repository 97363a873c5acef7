package org.vetreport.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vetreport.report.document.Section;

class HeadingNumbersTest {

    @Test
    void eachLevelIsNumberedTheWayChineseDocumentsNumberIt() {
        assertThat(HeadingNumbers.heading(section("3", 1, "服务贡献"))).isEqualTo("三、服务贡献");
        assertThat(HeadingNumbers.heading(section("3.2", 2, "服务地方"))).isEqualTo("（二）服务地方");
        assertThat(HeadingNumbers.heading(section("3.2.4", 3, "社会培训"))).isEqualTo("4.社会培训");
        assertThat(HeadingNumbers.heading(section("3.2.4.1", 4, "技能鉴定"))).isEqualTo("（1）技能鉴定");
    }

    @Test
    void ordinalsBeyondNineAreWrittenInChineseNumerals() {
        assertThat(HeadingNumbers.chinese(10)).isEqualTo("十");
        assertThat(HeadingNumbers.chinese(12)).isEqualTo("十二");
        assertThat(HeadingNumbers.chinese(20)).isEqualTo("二十");
        assertThat(HeadingNumbers.chinese(99)).isEqualTo("九十九");
        assertThat(HeadingNumbers.chinese(105)).isEqualTo("一百零五");
        assertThat(HeadingNumbers.chinese(110)).isEqualTo("一百一十");
    }

    @Test
    void aNumberThatIsNotDottedIntegersIsPrintedAsItIsAndNoNumberPrintsNothing() {
        assertThat(HeadingNumbers.heading(section("附录A", 1, "指标表"))).isEqualTo("附录A 指标表");
        assertThat(HeadingNumbers.heading(section("", 2, "案例"))).isEqualTo("案例");
        assertThat(HeadingNumbers.heading(section(null, 2, "案例"))).isEqualTo("案例");
    }

    private static Section section(String number, int level, String title) {
        return new Section("id", number, title, level, List.of(), List.of());
    }
}
