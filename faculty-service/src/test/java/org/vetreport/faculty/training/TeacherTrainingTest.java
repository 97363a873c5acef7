package org.vetreport.faculty.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vetreport.faculty.shared.Level;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

class TeacherTrainingTest {

    private static final LocalDate START = LocalDate.of(2020, 7, 6);
    private static final String KEY = "T1:信息化教学能力提升:2020-07-06";

    private static TeacherTrainingRequest request(String staffNo, String programme, LocalDate startOn) {
        return new TeacherTrainingRequest(staffNo, programme, Level.MUNICIPAL, startOn, START.plusDays(4), 40, null);
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
    void theKeyJoinsStaffNumberProgrammeAndStartDate() {
        TeacherTraining training = new TeacherTraining("T1", " 信息化教学能力提升 ", Level.MUNICIPAL, START, null, 8, true);

        assertThat(training.programme()).isEqualTo("信息化教学能力提升");
        assertThat(training.key()).isEqualTo(KEY);
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(fieldsOf(() -> new TeacherTraining(null, null, null, null, null, null, false)))
                .containsExactly("staffNo", "programme", "level", "startOn", "hours");
    }

    @Test
    void theEndMayNotComeBeforeTheStartNorHoursBeNegative() {
        assertThat(fieldsOf(() -> new TeacherTraining("T1", "p", Level.SCHOOL, START, START.minusDays(1), -1, false)))
                .containsExactly("hours", "endOn");
        assertThat(new TeacherTraining("T1", "p", Level.SCHOOL, START, START, 0, false).endOn()).isEqualTo(START);
    }

    @Test
    void aProgrammeCannotHoldWhatAKeyInAPathCannot() {
        for (String programme : List.of("a:b", "a/b", "a\\b", "a;b", "100%", "a\u0001b", "课".repeat(101))) {
            assertThat(fieldsOf(() -> new TeacherTraining("T1", programme, Level.SCHOOL, START, null, 1, false)))
                    .as(programme).containsExactly("programme");
        }
    }

    @Test
    void draftsNameAStaffNumberOfNobodyBesideTheOtherBrokenRules() {
        TeacherTrainingRequest request = new TeacherTrainingRequest("T9", "p", Level.SCHOOL, START, null, -3, null);

        assertThatThrownBy(() -> TeacherTrainingDrafts.from(request, Set.of("T1")::contains))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("staffNo", "'T9' is not a staff member of this school"),
                        new FieldError("hours", "must not be negative")));
    }

    @Test
    void aPutTakesTheKeyFromThePathAndTheBodyMayRepeatButNotContradictIt() {
        assertThat(TeacherTrainingDrafts.forKey(KEY, request(null, null, null), Set.of("T1")::contains).key()).isEqualTo(KEY);
        assertThat(TeacherTrainingDrafts.forKey(KEY, request("T1", "信息化教学能力提升", START), Set.of("T1")::contains).online())
                .isFalse();
        assertThat(fieldsOf(() -> TeacherTrainingDrafts.forKey(KEY, request("T2", "other", START.plusDays(1)), s -> true)))
                .containsExactly("staffNo", "programme", "startOn");
    }

    @Test
    void aKeyOfTheWrongFormIsNamed() {
        assertThat(fieldsOf(() -> TeacherTrainingDrafts.forKey("T1:p", request(null, null, null), s -> true)))
                .containsExactly("key");
        assertThat(fieldsOf(() -> TeacherTrainingDrafts.forKey("T1:p:2020-7-6", request(null, null, null), s -> true)))
                .containsExactly("key");
        assertThatThrownBy(() -> TeacherTrainingDrafts.forKey("T1: p :2020-07-06", request(null, null, null), s -> true))
                .hasMessageContaining("must be written 'T1:p:2020-07-06'");
    }

    @Test
    void levelsAcceptTheirChineseNames() {
        JsonMapper json = JsonMapper.builder().build();

        TeacherTrainingRequest row = json.readValue("""
                {"staffNo":"T1","programme":"p","level":"企业实践","startOn":"2020-07-06","hours":40,"online":true}""",
                TeacherTrainingRequest.class);

        assertThat(row.level()).isEqualTo(Level.ENTERPRISE);
        assertThat(json.readValue("\"区县级\"", Level.class)).isEqualTo(Level.DISTRICT);
        assertThat(json.readValue("\"校本\"", Level.class)).isEqualTo(Level.SCHOOL);
    }
}
