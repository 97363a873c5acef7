package org.vetreport.faculty.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.faculty.staff.CourseCategory;
import org.vetreport.faculty.staff.Employment;
import org.vetreport.faculty.staff.Gender;
import org.vetreport.faculty.staff.QualificationChange;
import org.vetreport.faculty.staff.Staff;
import org.vetreport.faculty.staff.StaffRole;
import org.vetreport.faculty.staff.Title;
import org.vetreport.platform.kit.lock.ReportPeriod;

class StaffViewTest {

    private static final ReportPeriod Y2022 = new ReportPeriod(2022, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

    private static Staff teacher(String name, LocalDate leftOn, QualificationChange... history) {
        return new Staff("T2010001", name, Gender.FEMALE, LocalDate.of(1985, 4, 12), Employment.ESTABLISHED,
                StaffRole.FULL_TIME_TEACHER, "工业机器人编程", CourseCategory.PROFESSIONAL, LocalDate.of(2010, 9, 1),
                leftOn, Arrays.asList(history));
    }

    private static QualificationChange title(String on, Title title) {
        return new QualificationChange(LocalDate.parse(on), null, null, title, null);
    }

    @Test
    void aLeavingDateOrATitleEffectiveAfterThePeriodLeavesItsViewAsItWas() {
        Staff before = teacher("李老师", null, title("2015-01-01", Title.INTERMEDIATE));
        Staff after = teacher("李老师", LocalDate.of(2023, 7, 1), title("2015-01-01", Title.INTERMEDIATE),
                title("2023-03-01", Title.SENIOR));

        assertThat(StaffView.of(after, Y2022)).isEqualTo(StaffView.of(before, Y2022));
    }

    @Test
    void aTitleOrALeavingDateBackDatedIntoThePeriodChangesItsView() {
        Staff before = teacher("李老师", null, title("2015-01-01", Title.INTERMEDIATE));

        assertThat(StaffView.of(teacher("李老师", null, title("2015-01-01", Title.INTERMEDIATE),
                title("2022-03-01", Title.SENIOR)), Y2022)).isNotEqualTo(StaffView.of(before, Y2022));
        assertThat(StaffView.of(teacher("李老师", LocalDate.of(2022, 7, 1), title("2015-01-01", Title.INTERMEDIATE)),
                Y2022)).isNotEqualTo(StaffView.of(before, Y2022));
    }

    @Test
    void theNameIsNotInTheView() {
        assertThat(StaffView.of(teacher("李老师", null), Y2022)).isEqualTo(StaffView.of(teacher("李红", null), Y2022))
                .doesNotContainKey("name");
    }

    @Test
    void staffWhoLeftBeforeThePeriodAreNotInIt() {
        assertThat(StaffView.of(teacher("李老师", LocalDate.of(2021, 12, 31)), Y2022)).isEmpty();
        assertThat(StaffView.dates(teacher("李老师", LocalDate.of(2021, 12, 31))))
                .allSatisfy(date -> assertThat(date.in(Y2022)).isFalse());
        assertThat(StaffView.dates(teacher("李老师", null))).extracting(date -> date.field()).containsExactly("hiredOn");
    }

    @Test
    void theViewKeepsOnlyTheHistoryUpToThePeriodsEnd() {
        assertThat(StaffView.of(teacher("李老师", null, title("2015-01-01", Title.INTERMEDIATE),
                title("2023-03-01", Title.SENIOR)), Y2022).get("qualificationHistory"))
                .isEqualTo(List.of(title("2015-01-01", Title.INTERMEDIATE)));
    }
}
