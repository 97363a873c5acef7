package org.vetreport.report.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.vetreport.report.document.Block;

class NarrativeTextTest {

    private static final Function<String, Block.Run> FIGURES = name -> Block.Run.figure("<" + name + ">", name);
    private static final Function<String, Optional<Block.Image>> NO_IMAGES = id -> Optional.empty();

    private static List<Block> blocks(String text) {
        return NarrativeText.blocks(text, FIGURES, NO_IMAGES);
    }

    private static String text(Block block) {
        return ((Block.Paragraph) block).runs().stream().map(Block.Run::text).reduce("", String::concat);
    }

    @Test
    void blankLinesSeparateParagraphsAndLinesOfOneParagraphJoinWithoutASpace() {
        List<Block> blocks = blocks("第一段第一行\n第一段第二行\n\n第二段");

        assertThat(blocks).hasSize(2);
        assertThat(text(blocks.get(0))).isEqualTo("第一段第一行第一段第二行");
        assertThat(text(blocks.get(1))).isEqualTo("第二段");
    }

    @Test
    void doubleAsterisksMarkBoldRuns() {
        Block.Paragraph paragraph = (Block.Paragraph) blocks("学校**高度重视**资助工作").get(0);

        assertThat(paragraph.runs()).extracting(Block.Run::text, Block.Run::bold).containsExactly(
                tuple("学校", false), tuple("高度重视", true),
                tuple("资助工作", false));
    }

    @Test
    void anUnpairedDoubleAsteriskStaysAsWritten() {
        assertThat(text(blocks("一**二").get(0))).isEqualTo("一**二");
    }

    @Test
    void listItemsBecomeParagraphsOfTheirOwnWithTheirMark() {
        List<Block> blocks = blocks("主要问题：\n1. 办学条件有待提升。\n2. 师资力量有待加强。\n- 生源素质低");

        assertThat(blocks).extracting(NarrativeTextTest::text).containsExactly("主要问题：", "1. 办学条件有待提升。",
                "2. 师资力量有待加强。", "• 生源素质低");
    }

    @Test
    void placeholdersBecomeFigureRunsInsideBoldToo() {
        Block.Paragraph paragraph = (Block.Paragraph) blocks("在校生{{students.enrolled}}人，**招生{{ students.newEnrolled.change }}人**").get(0);

        assertThat(paragraph.runs()).filteredOn(run -> run.indicator() != null)
                .extracting(Block.Run::indicator, Block.Run::bold).containsExactly(
                        tuple("students.enrolled", false),
                        tuple("students.newEnrolled.change", true));
        assertThat(NarrativeText.placeholders("{{a.b}} {{ c.d.change }}")).containsExactly("a.b", "c.d.change");
    }

    @Test
    void anImageOnItsOwnLineBecomesAnImageBlockWithItsCaption() {
        Block.Image stored = new Block.Image("", "image/png", new byte[] {1});
        List<Block> blocks = NarrativeText.blocks("案例说明\n![实训基地](image:abc123)\n后记", FIGURES,
                id -> id.equals("abc123") ? Optional.of(stored) : Optional.empty());

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(1)).isInstanceOfSatisfying(Block.Image.class, image -> {
            assertThat(image.caption()).isEqualTo("实训基地");
            assertThat(image.contentType()).isEqualTo("image/png");
        });
        assertThat(NarrativeText.images("![实训基地](image:abc123)")).containsExactly(new NarrativeText.ImageRef("abc123", "实训基地"));
    }

    @Test
    void aMissingImageIsSaidToBeMissing() {
        assertThat(text(blocks("![照片](image:ff00)").get(0))).contains("ff00").contains("不存在");
    }

    @Test
    void unpairedBracesAreFound() {
        assertThat(NarrativeText.hasStrayBraces("在校生{{students.enrolled}}人")).isFalse();
        assertThat(NarrativeText.hasStrayBraces("在校生{{students.enrolled}人")).isTrue();
        assertThat(NarrativeText.hasStrayBraces("在校生students.enrolled}}人")).isTrue();
    }
}
