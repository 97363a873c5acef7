package org.vetreport.student.major;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class MajorTest {

    @Test
    void closingDateMustComeAfterOpeningDate() {
        assertThatThrownBy(() -> new Major("660301", "工业机器人", null, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("closedOn"));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThatThrownBy(() -> new Major("bad code!", " ", null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("code", "name", "openedOn"));
    }

    @Test
    void blankGroupMeansNoGroupAndNamesAreTrimmed() {
        Major major = new Major("660301", " 工业机器人应用与维护 ", "  ", LocalDate.of(2015, 9, 1), null);

        assertThat(major.name()).isEqualTo("工业机器人应用与维护");
        assertThat(major.group()).isNull();
    }
}
