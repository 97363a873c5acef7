package org.vetreport.report.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }

    @Test
    void theNearestThreeComeFirst() {
        List<String> ids = List.of("students.graduates", "students.enrolled", "faculty.fullTimeTeachers",
                "students.newEnrolled", "students.male");

        assertThat(Suggestions.nearest("students.enroled", ids))
                .containsExactly("students.enrolled", "students.newEnrolled", "students.male");
    }
}
