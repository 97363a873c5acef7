package org.vetreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private static List<String> titles(List<TemplateSection> sections) {
        return sections.stream().map(TemplateSection::title).toList();
    }

    @Test
    void the2016OutlineHasTheSeedsEightChapters() {
        ReportTemplate outline = Templates.find("outline-2016").orElseThrow();

        assertThat(titles(outline.sections())).containsExactly("学校情况", "学生发展", "质量保障措施", "校企合作", "社会贡献",
                "举办者履责", "特色创新", "主要问题和工作建议");
        assertThat(outline.sections()).extracting(TemplateSection::id).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @Test
    void the2016OutlineHasTheSeedsSubsections() {
        ReportTemplate outline = Templates.find("outline-2016").orElseThrow();

        assertThat(titles(outline.section("1").orElseThrow().children())).containsExactly("学校概况", "学生情况", "教师队伍", "设施设备");
        assertThat(titles(outline.section("3.2").orElseThrow().children())).hasSize(6).startsWith("深化选择性课改", "现代学徒制工作");
        assertThat(titles(outline.section("3.6").orElseThrow().children())).containsExactly("党建工作", "德育和思政工作",
                "党组织建设", "政治核心作用", "干部队伍建设");
        assertThat(titles(outline.section("5.2").orElseThrow().children())).containsExactly("社会培训情况", "承办重大赛事", "新型学徒制工作");
        assertThat(titles(outline.section("8").orElseThrow().children())).containsExactly("主要问题", "工作建议");
        assertThat(outline.sectionIds()).contains("3.4.7", "3.5.4", "6.1", "7.1");
    }

    @Test
    void the2024OutlineHasItsSevenChaptersAndTheIndicatorTablesLast() {
        ReportTemplate outline = Templates.find("outline-2024").orElseThrow();

        assertThat(titles(outline.sections())).containsExactly("人才培养", "服务贡献", "文化传承", "国际合作", "产教融合",
                "发展保障", "面临挑战", "指标表");
        assertThat(outline.section("talent.students")).isPresent();
        assertThat(outline.section("indicators").orElseThrow().content()).hasSize(5);
    }

    @Test
    void everyChapterOfThe2024OutlineButTheLastTwoEndsWithACase() {
        ReportTemplate outline = Templates.find("outline-2024").orElseThrow();

        for (TemplateSection chapter : outline.sections().subList(0, 6)) {
            TemplateSection last = chapter.children().get(chapter.children().size() - 1);
            assertThat(last.caseStudy()).as(chapter.title()).isTrue();
            assertThat(last.id()).isEqualTo(chapter.id() + ".case");
        }
    }

    @Test
    void aTemplateRefusesASectionIdUsedTwice() {
        assertThatThrownBy(() -> new ReportTemplate("t", "t", List.of(
                        TemplateSection.of("a", "A").with(TemplateSection.of("a", "A again")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void anUnknownTemplateIsNotFoundAndTheDefaultIsThe2016Outline() {
        assertThat(Templates.find("outline-1999")).isEmpty();
        assertThat(Templates.DEFAULT).isEqualTo("outline-2016");
        assertThat(Templates.ids()).containsExactly("outline-2016", "outline-2024");
    }
}
