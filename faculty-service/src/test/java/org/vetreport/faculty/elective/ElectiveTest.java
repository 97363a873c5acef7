package org.vetreport.faculty.elective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class ElectiveTest {

    private static ElectiveRequest request(String code, Integer year, Integer term, List<String> teachers, Integer enrolled) {
        return new ElectiveRequest(code, "3D打印创意设计", year, term, teachers, enrolled, null);
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
    void theKeyJoinsCodeSchoolYearAndTerm() {
        Elective elective = new Elective("XX2001", "3D打印", 2020, 1, List.of("T1", "T2"), 42, true);

        assertThat(elective.key()).isEqualTo("XX2001:2020:1");
        assertThat(elective.teacherStaffNos()).containsExactly("T1", "T2");
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(fieldsOf(() -> new Elective(null, null, null, null, null, null, false)))
                .containsExactly("code", "title", "year", "term", "enrolledStudents", "teacherStaffNos");
    }

    @Test
    void countsAreNotNegativeTermsAreOneOrTwoAndTeachersNamedOnce() {
        assertThat(fieldsOf(() -> new Elective("XX:1", "t", 1800, 3, List.of("T1", "T1"), -1, false)))
                .containsExactly("code", "year", "term", "enrolledStudents", "teacherStaffNos[1]");
        assertThat(new Elective("XX1", "t", 2020, 2, List.of("T1"), 0, false).enrolledStudents()).isZero();
    }

    @Test
    void draftsNameEveryTeacherWhoIsNotStaffOfThisSchool() {
        assertThatThrownBy(() -> ElectiveDrafts.from(request("XX1", 2020, 1, List.of("T9", "T1"), 5), Set.of("T1")::contains))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("teacherStaffNos[0]", "'T9' is not a staff member of this school")));
    }

    @Test
    void aPutTakesTheKeyFromThePathAndTheBodyMayNotContradictIt() {
        assertThat(ElectiveDrafts.forKey("XX1:2020:2", request(null, null, null, List.of("T1"), 5), s -> true).term())
                .isEqualTo(2);
        assertThat(fieldsOf(() -> ElectiveDrafts.forKey("XX1:2020:2", request("XX2", 2021, 1, List.of("T1"), 5), s -> true)))
                .containsExactly("code", "year", "term");
        assertThat(fieldsOf(() -> ElectiveDrafts.forKey("XX1:2020:second", request(null, null, null, List.of("T1"), 5),
                s -> true))).containsExactly("key");
        assertThatThrownBy(() -> ElectiveDrafts.forKey("XX1:2020:02", request(null, null, null, List.of("T1"), 5), s -> true))
                .hasMessageContaining("must be written 'XX1:2020:2'");
    }
}
