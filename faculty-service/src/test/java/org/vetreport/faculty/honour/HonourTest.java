package org.vetreport.faculty.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vetreport.faculty.shared.Level;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class HonourTest {

    private static final LocalDate ON = LocalDate.of(2020, 9, 10);

    private static List<String> fieldsOf(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void theKeyJoinsStaffNumberTitleAndDate() {
        assertThat(new Honour("T1", " 市学科带头人", Level.MUNICIPAL, ON).key()).isEqualTo("T1:市学科带头人:2020-09-10");
    }

    @Test
    void everyMissingFieldIsNamedAndATitleCannotHoldAKeySeparator() {
        assertThat(fieldsOf(() -> new Honour("T 1", "", null, null))).containsExactly("staffNo", "title", "level", "awardedOn");
        assertThat(fieldsOf(() -> new Honour("T1", "市:学科带头人", Level.MUNICIPAL, ON))).containsExactly("title");
    }

    @Test
    void theStaffMemberMustBeOfThisSchool() {
        assertThatThrownBy(() -> HonourDrafts.from(new HonourRequest("T9", "省春蚕奖", Level.PROVINCIAL, ON), Set.of("T1")::contains))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("staffNo", "'T9' is not a staff member of this school")));
    }

    @Test
    void aPutTakesTheKeyFromThePathAndTheBodyMayNotContradictIt() {
        HonourRequest body = new HonourRequest(null, null, Level.MUNICIPAL, null);

        assertThat(HonourDrafts.forKey("T1:市学科带头人:2020-09-10", body, s -> true).awardedOn()).isEqualTo(ON);
        assertThat(fieldsOf(() -> HonourDrafts.forKey("T1:市学科带头人:2020-09-10",
                new HonourRequest("T1", "市属学科带头人", Level.MUNICIPAL, ON), s -> true))).containsExactly("title");
        assertThat(fieldsOf(() -> HonourDrafts.forKey("T1:市学科带头人:yesterday", body, s -> true))).containsExactly("key");
    }
}
