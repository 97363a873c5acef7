package org.vetreport.training.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

class TrainingSessionTest {

    private static final LocalDate START = LocalDate.of(2020, 9, 14);

    private static TrainingSession session(Integer trainees, Integer appraised, Integer passed) {
        return new TrainingSession("PX-031", " 中式面点师职业技能等级认定 ", "中式面点师", TrainingProgramme.SKILL_APPRAISAL,
                Audience.SOCIAL, " ", "四川阿坝", START, null, trainees, appraised, passed);
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
        assertThat(fieldsOf(() -> new TrainingSession(null, null, null, null, null, null, null, null, null, null, null,
                null))).containsExactly("code", "title", "programme", "audience", "startOn", "trainees");
    }

    @Test
    void textIsStrippedBlankMeansAbsentAndNoAppraisalMeansZero() {
        TrainingSession session = session(120, null, null);

        assertThat(session.title()).isEqualTo("中式面点师职业技能等级认定");
        assertThat(session.commissionedBy()).isNull();
        assertThat(session.appraised()).isZero();
        assertThat(session.passed()).isZero();
    }

    @Test
    void passedIsAtMostAppraisedWhichIsAtMostTrainees() {
        assertThat(session(120, 120, 120).passed()).isEqualTo(120);
        assertThat(session(0, 0, 0).trainees()).isZero();
        assertThatThrownBy(() -> session(100, 101, 50))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("appraised", "must not be more than trainees (100)")));
        assertThatThrownBy(() -> session(100, 90, 91))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("passed", "must not be more than appraised (90)")));
    }

    @Test
    void countsAreNotNegativeAndANegativeCountIsNotComparedAgain() {
        assertThat(fieldsOf(() -> session(-1, 0, 0))).containsExactly("trainees");
        assertThat(fieldsOf(() -> session(10, -1, 0))).containsExactly("appraised");
        assertThat(fieldsOf(() -> session(10, 5, -1))).containsExactly("passed");
    }

    @Test
    void endOnIsNotBeforeStartOn() {
        assertThatThrownBy(() -> new TrainingSession("PX-1", "电工", null, TrainingProgramme.SKILL_TRAINING,
                Audience.RURAL, null, null, START, START.minusDays(1), 10, 0, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("endOn", "must not be before startOn (2020-09-14)")));
    }

    @Test
    void codesAndTextsHaveTheirForms() {
        assertThat(fieldsOf(() -> new TrainingSession("PX 1", "x".repeat(101), "y".repeat(51), TrainingProgramme.OTHER,
                Audience.SOCIAL, "委\u0000托", "z".repeat(51), START, null, 1, 0, 0)))
                .containsExactly("code", "title", "occupation", "commissionedBy", "region");
    }

    @Test
    void programmesAndAudiencesTakeTheirChineseNames() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.readValue("[\"职业技能培训\",\"技能鉴定\",\"SYB创业培训\",\"农村电商培训\",\"食品安全管理员培训\","
                + "\"社会公益培训\",\"师资培训\",\"其他\"]", TrainingProgramme[].class)).containsExactly(TrainingProgramme.values());
        assertThat(json.readValue("[\"社会人员\",\"企业职工\",\"下岗失业人员\",\"农村劳动力\",\"退役军人\",\"残疾人\","
                + "\"强制隔离戒毒人员\",\"在校生\"]", Audience[].class)).containsExactly(Audience.values());
    }
}
