package org.vetreport.student.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

class AwardTest {

    private static final LocalDate ON = LocalDate.of(2021, 5, 20);

    private static Award award(Medal medal, String... studentNos) {
        return new Award("全国职业院校技能大赛", "工业机器人技术应用", AwardTier.NATIONAL, medal, ON, Arrays.asList(studentNos));
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
    void aTeamAwardKeepsItsWinnersInTheOrderGivenAndNamesWithoutSurroundingSpaces() {
        Award award = new Award(" 全国职业院校技能大赛 ", "工业机器人技术应用 ", AwardTier.NATIONAL, Medal.GOLD, ON,
                List.of("2020003", "2020001"));

        assertThat(award.competition()).isEqualTo("全国职业院校技能大赛");
        assertThat(award.event()).isEqualTo("工业机器人技术应用");
        assertThat(award.studentNos()).containsExactly("2020003", "2020001");
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(fieldsOf(() -> new Award(" ", null, null, null, null, null)))
                .containsExactly("competition", "event", "tier", "medal", "awardedOn", "studentNos");
    }

    @Test
    void anAwardNeedsAtLeastOneWinner() {
        assertThat(fieldsOf(() -> award(Medal.GOLD))).containsExactly("studentNos");
    }

    @Test
    void aWinnerNamedTwiceIsRefusedAtTheSecondMention() {
        assertThatThrownBy(() -> award(Medal.GOLD, "2020001", "2020002", "2020001"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("studentNos[2]", "names '2020001' a second time")));
    }

    @Test
    void winnersMustBeStudentNumbers() {
        assertThat(fieldsOf(() -> award(Medal.GOLD, "2020001", "2020 002", null))).containsExactly("studentNos[1]", "studentNos[2]");
    }

    @Test
    void namesLongerThan100CharactersOrWithControlCharactersAreRefused() {
        assertThat(fieldsOf(() -> new Award("赛".repeat(101), "a\u001fb", AwardTier.SCHOOL, Medal.GOLD, ON, List.of("1"))))
                .containsExactly("competition", "event");
    }

    @Test
    void theImportKeyIgnoresTheOrderOfTheWinners() {
        assertThat(award(Medal.GOLD, "2020001", "2020002").importKey())
                .isEqualTo(award(Medal.GOLD, "2020002", "2020001").importKey());
    }

    @Test
    void theImportKeyDiffersWithEveryIdentifyingField() {
        Award gold = award(Medal.GOLD, "2020001");
        Set<String> keys = Set.of(gold.importKey(), award(Medal.SILVER, "2020001").importKey(),
                award(Medal.GOLD, "2020002").importKey(), award(Medal.GOLD, "2020001", "2020002").importKey(),
                new Award("全国职业院校技能大赛", "工业机器人技术应用", AwardTier.PROVINCIAL, Medal.GOLD, ON, List.of("2020001")).importKey(),
                new Award("全国职业院校技能大赛", "电子商务技能", AwardTier.NATIONAL, Medal.GOLD, ON, List.of("2020001")).importKey(),
                new Award("全国职业院校技能大赛", "工业机器人技术应用", AwardTier.NATIONAL, Medal.GOLD, ON.plusDays(1), List.of("2020001")).importKey());

        assertThat(keys).hasSize(7).allMatch(key -> key.matches("[0-9a-f]{24}"));
    }

    @Test
    void fieldsCannotRunTogetherIntoAnotherAwardsIdentity() {
        Award one = new Award("技能大赛|A", "B", AwardTier.SCHOOL, Medal.GOLD, ON, List.of("1"));
        Award other = new Award("技能大赛", "A|B", AwardTier.SCHOOL, Medal.GOLD, ON, List.of("1"));

        assertThat(one.importKey()).isNotEqualTo(other.importKey());
    }

    @Test
    void draftsNameEveryWinnerWhoIsNotAStudentBesideTheOtherBrokenRules() {
        AwardRequest request = new AwardRequest("技能大赛", "焊接", AwardTier.MUNICIPAL, null, ON, List.of("2020001", "2020999"));

        assertThatThrownBy(() -> AwardDrafts.from(request, Set.of("2020001")::contains))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("studentNos[1]", "'2020999' is not a student of this school"),
                        new FieldError("medal", "is required: one of [GOLD, SILVER, BRONZE, EXCELLENCE]")));
    }

    @Test
    void winnersComeAsAnArrayOrAsOneSpreadsheetCellAndTiersAndMedalsInChinese() {
        JsonMapper json = JsonMapper.builder().build();
        String fields = "\"competition\":\"c\",\"event\":\"e\",\"tier\":\"省级一类\",\"medal\":\"金\",\"awardedOn\":\"2021-05-20\"";

        AwardRequest cell = json.readValue("{" + fields + ",\"studentNos\":\" 2020001、2020002;2020003，2020004 ,\"}", AwardRequest.class);
        AwardRequest array = json.readValue("{" + fields + ",\"studentNos\":[\"2020001\",\"2020002\"]}", AwardRequest.class);

        assertThat(cell.studentNos()).containsExactly("2020001", "2020002", "2020003", "2020004");
        assertThat(cell.tier()).isEqualTo(AwardTier.PROVINCIAL_FIRST_CLASS);
        assertThat(cell.medal()).isEqualTo(Medal.GOLD);
        assertThat(array.studentNos()).containsExactly("2020001", "2020002");
        assertThatThrownBy(() -> json.readValue("{" + fields + ",\"studentNos\":{\"no\":1}}", AwardRequest.class))
                .hasMessageContaining("studentNos");
    }
}
