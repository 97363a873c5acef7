package org.vetreport.faculty.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StaffDraftsTest {

    private static final LocalDate HIRED = LocalDate.of(2010, 9, 1);

    private static StaffRequest request(Title title, CourseCategory category, List<QualificationChange> history) {
        return new StaffRequest(null, "李老师", Gender.FEMALE, null, Employment.ESTABLISHED, StaffRole.FULL_TIME_TEACHER,
                null, category, HIRED, null, null, null, title, null, history);
    }

    @Test
    void plainQualificationsTakeEffectOnTheHiringDate() {
        Staff staff = StaffDrafts.from(request(Title.INTERMEDIATE, CourseCategory.CULTURAL, null), "T1", null);

        assertThat(staff.qualificationHistory())
                .containsExactly(new QualificationChange(HIRED, null, null, Title.INTERMEDIATE, null));
    }

    @Test
    void withoutQualificationsTheHistoryStartsEmptyAndAnAbsentCourseCategoryIsNone() {
        StaffRequest administrator = new StaffRequest(null, "王", Gender.MALE, null, Employment.CONTRACT,
                StaffRole.ADMINISTRATIVE, null, null, HIRED, null, null, null, null, null, null);

        Staff staff = StaffDrafts.from(administrator, "A1", null);

        assertThat(staff.qualificationHistory()).isEmpty();
        assertThat(staff.courseCategory()).isEqualTo(CourseCategory.NONE);
    }

    @Test
    void plainQualificationsAndAHistoryTogetherAreRefused() {
        List<QualificationChange> history = List.of(new QualificationChange(HIRED, null, null, Title.JUNIOR, null));

        assertThatThrownBy(() -> StaffDrafts.from(request(Title.JUNIOR, CourseCategory.CULTURAL, history), "T1", null))
                .hasMessageContaining("qualificationHistory: give the qualifications when hired either as");
    }

    @Test
    void writingAStaffMemberAgainKeepsTheChangesRecordedSince() {
        Staff stored = StaffDrafts.from(request(Title.INTERMEDIATE, CourseCategory.PROFESSIONAL, null), "T1", null)
                .withQualificationChange(new QualificationChange(LocalDate.of(2020, 6, 1), null, null, Title.SENIOR, null));

        Staff again = StaffDrafts.from(request(Title.INTERMEDIATE, CourseCategory.PROFESSIONAL, null), "T1", stored);

        assertThat(again).isEqualTo(stored);
        assertThat(again.qualifications().title()).isEqualTo(Title.SENIOR);
    }

    @Test
    void enumsAcceptTheirChineseNames() {
        JsonMapper json = JsonMapper.builder().build();

        StaffRequest row = json.readValue("""
                {"staffNo":"T1","name":"李","gender":"女","employment":"在编","role":"专任教师","courseCategory":"专业课",
                 "hiredOn":"2010-09-01","education":"硕士研究生","degree":"硕士","title":"高级讲师","dualQualified":true}""",
                StaffRequest.class);

        assertThat(List.of(row.gender(), row.employment(), row.role(), row.courseCategory(), row.education(), row.degree(),
                row.title())).containsExactly(Gender.FEMALE, Employment.ESTABLISHED, StaffRole.FULL_TIME_TEACHER,
                CourseCategory.PROFESSIONAL, Education.MASTER, Degree.MASTER, Title.SENIOR);
        assertThat(json.readValue("\"外聘\"", Employment.class)).isEqualTo(Employment.EXTERNAL);
        assertThat(json.readValue("\"兼职\"", Employment.class)).isEqualTo(Employment.PART_TIME);
        assertThat(json.readValue("\"正高级\"", Title.class)).isEqualTo(Title.SENIOR_FULL);
        assertThat(json.readValue("\"讲师\"", Title.class)).isEqualTo(Title.INTERMEDIATE);
    }
}
