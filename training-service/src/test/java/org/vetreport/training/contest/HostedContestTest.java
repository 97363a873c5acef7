package org.vetreport.training.contest;

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

class HostedContestTest {

    private static final LocalDate ON = LocalDate.of(2020, 7, 20);
    private static final String WORLD_SKILLS = "第46届世界技能大赛浙江省选拔赛";

    private static HostedContest contest(HostRole role, String... events) {
        return new HostedContest(WORLD_SKILLS, ContestLevel.PROVINCIAL, role, ON, Arrays.asList(events));
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
        assertThat(fieldsOf(() -> new HostedContest(" ", null, null, null, null)))
                .containsExactly("name", "level", "role", "date", "events");
    }

    @Test
    void atLeastOneEventEachNamedOnceAndStripped() {
        assertThat(fieldsOf(() -> contest(HostRole.HOST))).containsExactly("events");
        assertThatThrownBy(() -> contest(HostRole.HOST, "移动机器人", " ", "移动机器人 ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("events[1]", "must be the name of an event: must be 1 to 100 characters without "
                                + "control characters"),
                        new FieldError("events[2]", "names '移动机器人' a second time"),
                        new FieldError("events[3]", "must be the name of an event: must be 1 to 100 characters without "
                                + "control characters")));
        assertThat(contest(HostRole.HOST, " 烘焙 ").events()).containsExactly("烘焙");
    }

    @Test
    void theNameIsStrippedAndAtMost200Characters() {
        assertThat(new HostedContest(" 赛 ", ContestLevel.MUNICIPAL, HostRole.HOST, ON, List.of("焊接")).name()).isEqualTo("赛");
        assertThat(fieldsOf(() -> new HostedContest("x".repeat(201), ContestLevel.MUNICIPAL, HostRole.HOST, ON,
                List.of("焊接")))).containsExactly("name");
    }

    @Test
    void theImportKeyIgnoresTheOrderOfTheEventsAndDiffersWithEveryIdentifyingField() {
        HostedContest contest = contest(HostRole.HOST, "移动机器人", "烘焙");
        Set<String> keys = Set.of(contest.importKey(), contest(HostRole.CO_HOST, "移动机器人", "烘焙").importKey(),
                contest(HostRole.HOST, "移动机器人").importKey(),
                new HostedContest("另一赛事", ContestLevel.PROVINCIAL, HostRole.HOST, ON, contest.events()).importKey(),
                new HostedContest(WORLD_SKILLS, ContestLevel.NATIONAL, HostRole.HOST, ON, contest.events()).importKey(),
                new HostedContest(WORLD_SKILLS, ContestLevel.PROVINCIAL, HostRole.HOST, ON.plusDays(1), contest.events())
                        .importKey());

        assertThat(contest(HostRole.HOST, "烘焙", "移动机器人").importKey()).isEqualTo(contest.importKey());
        assertThat(keys).hasSize(6).allMatch(key -> key.matches("[0-9a-f]{24}"));
    }

    @Test
    void eventsComeAsAnArrayOrAsOneSpreadsheetCellAndLevelsAndRolesInChinese() {
        JsonMapper json = JsonMapper.builder().build();

        HostedContestRequest cell = json.readValue("{\"name\":\"n\",\"level\":\"省级\",\"role\":\"协办\",\"date\":\"2020-07-20\","
                + "\"events\":\"移动机器人、信息网络布线;网络系统管理，烘焙\"}", HostedContestRequest.class);

        assertThat(cell.events()).containsExactly("移动机器人", "信息网络布线", "网络系统管理", "烘焙");
        assertThat(cell.level()).isEqualTo(ContestLevel.PROVINCIAL);
        assertThat(cell.role()).isEqualTo(HostRole.CO_HOST);
        assertThat(json.readValue("[\"国际级\",\"国家级\",\"省级\",\"市级\"]", ContestLevel[].class))
                .containsExactly(ContestLevel.values());
    }
}
