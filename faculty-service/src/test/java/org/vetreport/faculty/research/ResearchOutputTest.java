package org.vetreport.faculty.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vetreport.faculty.shared.Level;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

class ResearchOutputTest {

    private static final LocalDate ON = LocalDate.of(2020, 11, 15);

    private static ResearchOutput paper(Level level, String... staffNos) {
        return new ResearchOutput(OutputType.PAPER, "一体化课程开发研究", level, ON, Arrays.asList(staffNos));
    }

    private static List<String> fieldsOf(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(fieldsOf(() -> new ResearchOutput(null, " ", null, null, null)))
                .containsExactly("type", "title", "level", "date", "staffNos");
    }

    @Test
    void authorsAreStaffNumbersEachNamedOnce() {
        assertThat(fieldsOf(() -> paper(Level.SCHOOL))).containsExactly("staffNos");
        assertThatThrownBy(() -> paper(Level.SCHOOL, "T1", "T 2", "T1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("staffNos[1]", "must be a staff number: 1 to 32 letters, digits or '-', starting with a letter or digit"),
                        new FieldError("staffNos[2]", "names 'T1' a second time")));
    }

    @Test
    void theImportKeyIgnoresTheOrderOfTheAuthorsAndDiffersWithEveryIdentifyingField() {
        ResearchOutput paper = paper(Level.MUNICIPAL, "T1", "T2");
        Set<String> keys = Set.of(paper.importKey(), paper(Level.PROVINCIAL, "T1", "T2").importKey(),
                paper(Level.MUNICIPAL, "T1").importKey(),
                new ResearchOutput(OutputType.PROJECT, paper.title(), Level.MUNICIPAL, ON, paper.staffNos()).importKey(),
                new ResearchOutput(OutputType.PAPER, "另一篇", Level.MUNICIPAL, ON, paper.staffNos()).importKey(),
                new ResearchOutput(OutputType.PAPER, paper.title(), Level.MUNICIPAL, ON.plusDays(1), paper.staffNos()).importKey());

        assertThat(paper(Level.MUNICIPAL, "T2", "T1").importKey()).isEqualTo(paper.importKey());
        assertThat(keys).hasSize(6).allMatch(key -> key.matches("[0-9a-f]{24}"));
    }

    @Test
    void draftsNameEveryAuthorWhoIsNotStaffOfThisSchool() {
        ResearchOutputRequest request = new ResearchOutputRequest(OutputType.PATENT, "一种夹具", Level.NATIONAL, ON,
                List.of("T1", "T9"));

        assertThatThrownBy(() -> ResearchOutputDrafts.from(request, Set.of("T1")::contains))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("staffNos[1]", "'T9' is not a staff member of this school")));
    }

    @Test
    void authorsComeAsAnArrayOrAsOneSpreadsheetCellAndTypesInChinese() {
        JsonMapper json = JsonMapper.builder().build();
        String fields = "\"type\":\"课题\",\"title\":\"t\",\"level\":\"市级\",\"date\":\"2020-11-15\"";

        ResearchOutputRequest cell = json.readValue("{" + fields + ",\"staffNos\":\"T1、T2;T3，T4\"}", ResearchOutputRequest.class);

        assertThat(cell.staffNos()).containsExactly("T1", "T2", "T3", "T4");
        assertThat(cell.type()).isEqualTo(OutputType.PROJECT);
        assertThat(json.readValue("\"教学业务比赛获奖\"", OutputType.class)).isEqualTo(OutputType.TEACHING_CONTEST_AWARD);
    }
}
