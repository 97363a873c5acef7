package org.vetreport.faculty.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class StaffTest {

    private static final LocalDate HIRED = LocalDate.of(2010, 9, 1);

    private static Staff teacher(CourseCategory category, LocalDate leftOn, QualificationChange... history) {
        return new Staff("T2010001", "李老师", Gender.FEMALE, LocalDate.of(1985, 4, 12), Employment.ESTABLISHED,
                StaffRole.FULL_TIME_TEACHER, "工业机器人编程", category, HIRED, leftOn, Arrays.asList(history));
    }

    private static Staff teacher(QualificationChange... history) {
        return teacher(CourseCategory.PROFESSIONAL, null, history);
    }

    private static QualificationChange change(String on, Education education, Degree degree, Title title, Boolean dual) {
        return new QualificationChange(LocalDate.parse(on), education, degree, title, dual);
    }

    private static QualificationChange title(String on, Title title) {
        return change(on, null, null, title, null);
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
    void qualificationsOnADayApplyEveryChangeEffectiveByThenAndKeepWhatAChangeLeavesOut() {
        Staff promoted = teacher(change("2010-09-01", Education.BACHELOR, Degree.BACHELOR, Title.JUNIOR, false),
                title("2015-09-01", Title.INTERMEDIATE),
                change("2018-07-01", Education.MASTER, Degree.MASTER, null, true),
                title("2020-06-01", Title.SENIOR));

        assertThat(promoted.qualificationsOn(LocalDate.of(2019, 12, 31)))
                .isEqualTo(new Qualifications(Education.MASTER, Degree.MASTER, Title.INTERMEDIATE, true));
        assertThat(promoted.qualificationsOn(LocalDate.of(2020, 5, 31)).title()).isEqualTo(Title.INTERMEDIATE);
        assertThat(promoted.qualificationsOn(LocalDate.of(2020, 6, 1)).title()).isEqualTo(Title.SENIOR);
        assertThat(promoted.qualificationsOn(LocalDate.of(2020, 12, 31)))
                .isEqualTo(new Qualifications(Education.MASTER, Degree.MASTER, Title.SENIOR, true));
        assertThat(promoted.qualificationsOn(LocalDate.of(2012, 1, 1)))
                .isEqualTo(new Qualifications(Education.BACHELOR, Degree.BACHELOR, Title.JUNIOR, false));
        assertThat(promoted.qualifications()).isEqualTo(promoted.qualificationsOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void beforeTheFirstChangeNothingIsRecorded() {
        Staff later = teacher(title("2012-01-01", Title.JUNIOR));

        assertThat(later.qualificationsOn(LocalDate.of(2011, 12, 31))).isEqualTo(Qualifications.UNRECORDED);
        assertThat(teacher().qualifications()).isEqualTo(Qualifications.UNRECORDED);
        assertThat(teacher().qualificationHistory()).isEmpty();
    }

    @Test
    void changesOnTheSameDayApplyInTheOrderRecorded() {
        Staff twice = teacher(title("2010-09-01", Title.JUNIOR), title("2016-01-01", Title.INTERMEDIATE),
                title("2016-01-01", Title.SENIOR));

        assertThat(twice.qualificationsOn(LocalDate.of(2016, 1, 1)).title()).isEqualTo(Title.SENIOR);
        assertThat(twice.qualificationsOn(LocalDate.of(2015, 12, 31)).title()).isEqualTo(Title.JUNIOR);
    }

    @Test
    void aStaffMemberIsEmployedFromHiredOnUntilTheDayBeforeLeftOn() {
        Staff left = teacher(CourseCategory.PROFESSIONAL, LocalDate.of(2021, 1, 31));

        assertThat(left.employedOn(LocalDate.of(2010, 8, 31))).isFalse();
        assertThat(left.employedOn(HIRED)).isTrue();
        assertThat(left.employedOn(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(left.employedOn(LocalDate.of(2021, 1, 30))).isTrue();
        assertThat(left.employedOn(LocalDate.of(2021, 1, 31))).isFalse();
        assertThat(teacher().employedOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(fieldsOf(() -> new Staff("", " ", null, null, null, null, null, null, null, null, null)))
                .containsExactly("staffNo", "name", "gender", "employment", "role", "courseCategory", "hiredOn");
    }

    @Test
    void leftOnMustBeAfterHiredOnAndBirthDateBeforeIt() {
        assertThat(fieldsOf(() -> teacher(CourseCategory.PROFESSIONAL, HIRED))).containsExactly("leftOn");
        assertThat(fieldsOf(() -> new Staff("T1", "王", Gender.MALE, HIRED, Employment.CONTRACT, StaffRole.SUPPORT, null,
                CourseCategory.NONE, HIRED, null, null))).containsExactly("birthDate");
    }

    @Test
    void qualificationChangesMustLieInsideTheEmployment() {
        assertThatThrownBy(() -> teacher(title("2010-08-31", Title.JUNIOR)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("qualificationHistory[0].effectiveOn",
                                "must be inside the employment: not before hiredOn (2010-09-01)")));
        assertThat(fieldsOf(() -> teacher(CourseCategory.PROFESSIONAL, LocalDate.of(2021, 1, 31),
                title("2010-09-01", Title.JUNIOR), title("2021-01-31", Title.INTERMEDIATE))))
                .containsExactly("qualificationHistory[1].effectiveOn");
    }

    @Test
    void qualificationChangesNeverGoBackInTimeAndEachChangesSomething() {
        assertThatThrownBy(() -> teacher(title("2015-01-01", Title.JUNIOR), title("2014-01-01", Title.INTERMEDIATE)))
                .hasMessageContaining("qualificationHistory[1].effectiveOn: must not be before the previous change (2015-01-01)");
        assertThat(fieldsOf(() -> teacher(change("2015-01-01", null, null, null, null))))
                .containsExactly("qualificationHistory[0]");
        assertThat(fieldsOf(() -> teacher(title("2015-01-01", Title.JUNIOR), null))).containsExactly("qualificationHistory[1]");
    }

    @Test
    void onlyTeachersOfProfessionalCoursesMayBeDualQualified() {
        QualificationChange dual = change("2010-09-01", null, null, null, true);

        assertThatThrownBy(() -> teacher(CourseCategory.CULTURAL, null, dual))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("dualQualified"))
                .hasMessageContaining("courseCategory PROFESSIONAL or BOTH), not CULTURAL");
        assertThat(teacher(CourseCategory.PROFESSIONAL, null, dual).qualifications().dualQualified()).isTrue();
        assertThat(teacher(CourseCategory.BOTH, null, dual).qualifications().dualQualified()).isTrue();
        assertThat(teacher(CourseCategory.CULTURAL, null, change("2010-09-01", null, null, null, false))
                .qualifications().dualQualified()).isFalse();
    }

    @Test
    void aTeacherWhoMovedToCulturalCoursesKeepsTheEarlierCertificationInTheHistory() {
        Staff moved = teacher(CourseCategory.CULTURAL, null, change("2010-09-01", null, null, null, true),
                change("2019-09-01", null, null, null, false));

        assertThat(moved.qualificationsOn(LocalDate.of(2018, 12, 31)).dualQualified()).isTrue();
        assertThat(moved.qualifications().dualQualified()).isFalse();
    }

    @Test
    void aFullTimeTeacherTeachesAndOnlyStaffWhoTeachNameWhat() {
        assertThat(fieldsOf(() -> teacher(CourseCategory.NONE, null))).containsExactly("courseCategory", "teaches");
        assertThat(fieldsOf(() -> new Staff("A1", "张", Gender.MALE, null, Employment.ESTABLISHED, StaffRole.ADMINISTRATIVE,
                "语文", CourseCategory.NONE, HIRED, null, null))).containsExactly("teaches");
        assertThat(new Staff("A1", "张", Gender.MALE, null, Employment.ESTABLISHED, StaffRole.ADMINISTRATIVE, " ",
                CourseCategory.NONE, HIRED, null, null).teaches()).isNull();
    }

    @Test
    void aQualificationChangeIsAppendedAndOneThatAltersNothingIsNotRecorded() {
        Staff hired = teacher(change("2010-09-01", Education.BACHELOR, null, Title.INTERMEDIATE, false));

        Staff promoted = hired.withQualificationChange(title("2020-06-01", Title.SENIOR));

        assertThat(promoted.qualificationHistory()).hasSize(2);
        assertThat(promoted.qualifications().title()).isEqualTo(Title.SENIOR);
        assertThat(promoted.withQualificationChange(title("2020-06-01", Title.SENIOR))).isSameAs(promoted);
        assertThat(promoted.withQualificationChange(title("2021-01-01", Title.SENIOR))).isSameAs(promoted);
    }

    @Test
    void aQualificationChangeNamesItsOwnFields() {
        Staff hired = teacher(CourseCategory.CULTURAL, LocalDate.of(2021, 1, 31), title("2015-01-01", Title.JUNIOR));

        assertThat(fieldsOf(() -> hired.withQualificationChange(title("2014-01-01", Title.SENIOR)))).containsExactly("effectiveOn");
        assertThat(fieldsOf(() -> hired.withQualificationChange(title("2021-02-01", Title.SENIOR)))).containsExactly("effectiveOn");
        assertThat(fieldsOf(() -> hired.withQualificationChange(change("2016-01-01", null, null, null, null)))).containsExactly("body");
        assertThat(fieldsOf(() -> hired.withQualificationChange(change("2016-01-01", null, null, null, true))))
                .containsExactly("dualQualified");
    }

    @Test
    void aGivenHistoryMustContinueTheStoredOne() {
        Staff stored = teacher(title("2010-09-01", Title.JUNIOR), title("2015-09-01", Title.INTERMEDIATE));
        List<QualificationChange> longer = new ArrayList<>(stored.qualificationHistory());
        longer.add(title("2020-06-01", Title.SENIOR));

        assertThat(Staff.continuedHistory(stored, null, HIRED)).isEqualTo(stored.qualificationHistory());
        assertThat(Staff.continuedHistory(stored, longer, HIRED)).isEqualTo(longer);
        assertThatThrownBy(() -> Staff.continuedHistory(stored, stored.qualificationHistory().subList(0, 1), HIRED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("qualificationHistory"))
                .hasMessageContaining("must continue the stored history of 2 entries");
    }

    @Test
    void theInitialQualificationsFollowACorrectedHiringDate() {
        Staff stored = teacher(title("2010-09-01", Title.JUNIOR), title("2015-09-01", Title.INTERMEDIATE));

        List<QualificationChange> kept = Staff.continuedHistory(stored, null, LocalDate.of(2010, 8, 20));

        assertThat(kept).containsExactly(title("2010-08-20", Title.JUNIOR), title("2015-09-01", Title.INTERMEDIATE));
    }

    @Test
    void initialQualificationsCompleteTheRecordedOnesButMayNotContradictThem() {
        List<QualificationChange> recorded = List.of(change("2010-09-01", Education.BACHELOR, null, Title.JUNIOR, null),
                title("2015-09-01", Title.INTERMEDIATE));

        assertThat(Staff.withInitial(recorded, change("2010-09-01", Education.BACHELOR, Degree.BACHELOR, Title.JUNIOR, false)))
                .containsExactly(change("2010-09-01", Education.BACHELOR, Degree.BACHELOR, Title.JUNIOR, false),
                        title("2015-09-01", Title.INTERMEDIATE));
        assertThat(Staff.withInitial(recorded, change("2010-09-01", Education.BACHELOR, null, Title.JUNIOR, null)))
                .isEqualTo(recorded);
        assertThatThrownBy(() -> Staff.withInitial(recorded, change("2010-09-01", Education.MASTER, null, Title.INTERMEDIATE, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("education", "title"))
                .hasMessageContaining("'INTERMEDIATE' differs from JUNIOR in the initial qualifications recorded on hiredOn");
    }

    @Test
    void initialQualificationsComeFirstWhenNoneWereRecordedOnTheHiringDate() {
        List<QualificationChange> later = List.of(title("2015-09-01", Title.INTERMEDIATE));

        assertThat(Staff.withInitial(later, title("2010-09-01", Title.JUNIOR)))
                .containsExactly(title("2010-09-01", Title.JUNIOR), title("2015-09-01", Title.INTERMEDIATE));
    }

    @Test
    void eventTypesNameWhatHappened() {
        StaffMembers type = new StaffMembers();
        Staff hired = teacher(title("2010-09-01", Title.JUNIOR));
        Staff promoted = hired.withQualificationChange(title("2015-09-01", Title.INTERMEDIATE));
        Staff left = teacher(CourseCategory.PROFESSIONAL, LocalDate.of(2021, 1, 31), title("2010-09-01", Title.JUNIOR));
        Staff renamed = new Staff("T2010001", "李华", Gender.FEMALE, LocalDate.of(1985, 4, 12), Employment.ESTABLISHED,
                StaffRole.FULL_TIME_TEACHER, "工业机器人编程", CourseCategory.PROFESSIONAL, HIRED, null,
                hired.qualificationHistory());

        assertThat(type.eventType(null, hired)).isEqualTo("staff.hired");
        assertThat(type.eventType(hired, promoted)).isEqualTo("staff.qualification-changed");
        assertThat(type.eventType(hired, left)).isEqualTo("staff.left");
        assertThat(type.eventType(left, left)).isEqualTo("staff.updated");
        assertThat(type.eventType(hired, renamed)).isEqualTo("staff.updated");
        assertThat(type.deletedEventType()).isEqualTo("staff.deleted");
    }

    @Test
    void theEventCarriesNoNameOnlyTheBirthYearAndTheWholeHistory() {
        Staff promoted = teacher(title("2010-09-01", Title.INTERMEDIATE), title("2020-06-01", Title.SENIOR));

        StaffEvent event = (StaffEvent) new StaffMembers().eventPayload(promoted);

        assertThat(event.birthYear()).isEqualTo(1985);
        assertThat(event.qualificationHistory()).isEqualTo(promoted.qualificationHistory());
        assertThat(event.toString()).doesNotContain("李老师", "1985-04-12");
    }
}
