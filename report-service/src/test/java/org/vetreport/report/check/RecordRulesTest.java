package org.vetreport.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.report.check.Fixtures.context;
import static org.vetreport.report.check.Fixtures.day;
import static org.vetreport.report.check.Fixtures.student;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.AidAwardRecord;
import org.vetreport.report.indicator.records.AssessmentRecord;
import org.vetreport.report.indicator.records.DestinationRecord;
import org.vetreport.report.indicator.records.InternshipRecord;
import org.vetreport.report.indicator.records.QualificationsRecord;
import org.vetreport.report.indicator.records.StaffRecord;
import org.vetreport.report.indicator.records.StatusRecord;
import org.vetreport.report.indicator.records.StudentRecord;
import org.vetreport.report.indicator.records.TeacherTrainingRecord;

class RecordRulesTest {

    private static AidAwardRecord aid(String studentNo, String paidOn) {
        return new AidAwardRecord("GRANT", studentNo, 2020, 1, new BigDecimal("1000.00"), day(paidOn));
    }

    private static SchoolRecords records(List<StudentRecord> students, List<AidAwardRecord> awards) {
        return new SchoolRecords() {
            @Override
            public List<StudentRecord> students() {
                return students;
            }

            @Override
            public List<AidAwardRecord> aidAwards() {
                return awards;
            }
        };
    }

    @Test
    void moreAidRecipientsInATermThanStudentsEnrolledInThePeriodIsAnError() {
        List<StudentRecord> students = List.of(student("1", "2019-09-01"),
                student("2", "2016-09-01", StatusRecord.GRADUATED, "2019-07-01"));

        List<Finding> findings = new AidRecipientsOverEnrolment().check(context(records(students,
                List.of(aid("1", "2020-10-10"), aid("2", "2020-10-10")))));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("aid-recipients-over-enrolment");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.records()).containsExactly(new RecordRef("finance.aid-awards.v1", "GRANT:1:2020:1"),
                    new RecordRef("finance.aid-awards.v1", "GRANT:2:2020:1"));
            assertThat(f.messageEn()).contains("2 students received aid", "only 1 students were enrolled");
        });
    }

    @Test
    void aidRecipientsNoMoreThanTheStudentsEnrolledAtSomeTimeInThePeriodPass() {
        List<StudentRecord> students = List.of(student("1", "2019-09-01"),
                student("2", "2016-09-01", StatusRecord.GRADUATED, "2020-07-01"),
                student("3", "2020-09-01"));
        List<AidAwardRecord> awards = List.of(aid("1", "2020-03-10"), aid("2", "2020-03-10"), aid("3", "2020-10-10"),
                aid("9", "2019-10-10"));

        assertThat(new AidRecipientsOverEnrolment().check(context(records(students, awards)))).isEmpty();
    }

    @Test
    void recordsOfThePeriodNamingAStudentNumberNoStudentHasAreAnErrorPerKindOfRecord() {
        SchoolRecords records = new SchoolRecords() {
            @Override
            public List<StudentRecord> students() {
                return List.of(student("1", "2019-09-01"));
            }

            @Override
            public List<DestinationRecord> destinations() {
                return List.of(new DestinationRecord("7", 2020, "EMPLOYED", true, true, null),
                        new DestinationRecord("1", 2020, "EMPLOYED", true, true, null));
            }

            @Override
            public List<InternshipRecord> internships() {
                return List.of(new InternshipRecord("8", "P1", "PLACEMENT", day("2020-03-01"), day("2020-06-30"),
                        true, true, false));
            }

            @Override
            public List<AidAwardRecord> aidAwards() {
                return List.of(aid("9", "2020-10-10"));
            }

            @Override
            public List<AssessmentRecord> assessments() {
                return List.of(new AssessmentRecord("6", 2020, 2, "FITNESS", null, true));
            }
        };

        List<Finding> findings = new UnknownStudent().check(context(records));

        assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings).flatExtracting(Finding::records).containsExactlyInAnyOrder(
                new RecordRef("student.destinations.v1", "7"),
                new RecordRef("training.internships.v1", "8:2020-03-01"),
                new RecordRef("finance.aid-awards.v1", "GRANT:9:2020:1"),
                new RecordRef("student.assessments.v1", "6:2020:2:FITNESS:-"));
        assertThat(findings).hasSize(4);
    }

    @Test
    void knownStudentsAndRecordsOfOtherYearsPassTheStudentNumberCheck() {
        SchoolRecords records = new SchoolRecords() {
            @Override
            public List<StudentRecord> students() {
                return List.of(student("1", "2019-09-01"));
            }

            @Override
            public List<DestinationRecord> destinations() {
                return List.of(new DestinationRecord("1", 2020, "EMPLOYED", true, true, null),
                        new DestinationRecord("7", 2019, "EMPLOYED", true, true, null));
            }

            @Override
            public List<InternshipRecord> internships() {
                return List.of(new InternshipRecord("8", "P1", "PLACEMENT", day("2019-03-01"), day("2019-06-30"),
                        true, true, false));
            }

            @Override
            public List<AidAwardRecord> aidAwards() {
                return List.of(aid("1", "2020-10-10"), aid("9", "2021-03-10"));
            }

            @Override
            public List<AssessmentRecord> assessments() {
                return List.of(new AssessmentRecord("6", 2021, 1, "FITNESS", null, true));
            }
        };

        assertThat(new UnknownStudent().check(context(records))).isEmpty();
    }

    @Test
    void graduatesOfThePeriodWithoutADestinationForTheirYearAreOneWarning() {
        SchoolRecords records = new SchoolRecords() {
            @Override
            public List<StudentRecord> students() {
                return List.of(student("1", "2017-09-01", StatusRecord.GRADUATED, "2020-07-01"),
                        student("2", "2017-09-01", StatusRecord.GRADUATED, "2020-07-01"),
                        student("3", "2017-09-01", StatusRecord.GRADUATED, "2020-07-01"));
            }

            @Override
            public List<DestinationRecord> destinations() {
                return List.of(new DestinationRecord("1", 2020, "EMPLOYED", true, true, null),
                        new DestinationRecord("2", 2019, "EMPLOYED", true, true, null));
            }
        };

        assertThat(new GraduateWithoutDestination().check(context(records))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.records()).containsExactly(new RecordRef("student.students.v1", "2"),
                    new RecordRef("student.students.v1", "3"));
        });
    }

    @Test
    void graduatesWithDestinationsAndGraduatesOfOtherYearsPass() {
        SchoolRecords records = new SchoolRecords() {
            @Override
            public List<StudentRecord> students() {
                return List.of(student("1", "2017-09-01", StatusRecord.GRADUATED, "2020-07-01"),
                        student("2", "2016-09-01", StatusRecord.GRADUATED, "2019-07-01"),
                        student("3", "2019-09-01"));
            }

            @Override
            public List<DestinationRecord> destinations() {
                return List.of(new DestinationRecord("1", 2020, "FURTHER_EDUCATION", null, null, null));
            }
        };

        assertThat(new GraduateWithoutDestination().check(context(records))).isEmpty();
    }

    private static StaffRecord staff(String staffNo, String role, String courseCategory, Boolean dualQualified) {
        return new StaffRecord(staffNo, "FEMALE", 1980, "PERMANENT", role, courseCategory, day("2010-09-01"), null,
                List.of(new QualificationsRecord(day("2015-01-01"), "BACHELOR", null, null, dualQualified)));
    }

    private static SchoolRecords staffRecords(List<StaffRecord> staff, List<TeacherTrainingRecord> trainings) {
        return new SchoolRecords() {
            @Override
            public List<StaffRecord> staff() {
                return staff;
            }

            @Override
            public List<TeacherTrainingRecord> teacherTrainings() {
                return trainings;
            }
        };
    }

    @Test
    void aDualQualificationOfStaffWhoDoNotTeachIsAWarning() {
        SchoolRecords records = staffRecords(List.of(staff("A1", "ADMINISTRATIVE", "NONE", true),
                staff("T1", "FULL_TIME_TEACHER", "PROFESSIONAL", true)), List.of());

        assertThat(new DualQualifiedNonTeacher().check(context(records))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.records()).containsExactly(new RecordRef("faculty.staff.v1", "A1"));
        });
    }

    @Test
    void dualQualifiedTeachersAndStaffWhoDoNotTeachWithoutItPass() {
        SchoolRecords records = staffRecords(List.of(staff("A1", "ADMINISTRATIVE", "NONE", false),
                staff("A2", "ADMINISTRATIVE", "PROFESSIONAL", true),
                staff("T1", "FULL_TIME_TEACHER", null, true)), List.of());

        assertThat(new DualQualifiedNonTeacher().check(context(records))).isEmpty();
    }

    @Test
    void teacherTrainingOfThePeriodAttendedByStaffWhoDoNotTeachIsAWarning() {
        SchoolRecords records = staffRecords(List.of(staff("A1", "ADMINISTRATIVE", "NONE", null),
                staff("T1", "FULL_TIME_TEACHER", "PROFESSIONAL", null)), List.of(
                new TeacherTrainingRecord("A1", "国培", "NATIONAL", day("2020-07-01"), day("2020-07-10")),
                new TeacherTrainingRecord("T1", "国培", "NATIONAL", day("2020-07-01"), day("2020-07-10"))));

        assertThat(new TeacherTrainingNonTeacher().check(context(records))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.records()).containsExactly(new RecordRef("faculty.teacher-trainings.v1", "A1:国培:2020-07-01"));
        });
    }

    @Test
    void teacherTrainingOfTeachersOrOfOtherYearsPasses() {
        SchoolRecords records = staffRecords(List.of(staff("A1", "ADMINISTRATIVE", "NONE", null),
                staff("T1", "FULL_TIME_TEACHER", "PROFESSIONAL", null)), List.of(
                new TeacherTrainingRecord("A1", "国培", "NATIONAL", day("2019-07-01"), day("2019-07-10")),
                new TeacherTrainingRecord("T1", "国培", "NATIONAL", day("2020-07-01"), day("2020-07-10"))));

        assertThat(new TeacherTrainingNonTeacher().check(context(records))).isEmpty();
    }
}
