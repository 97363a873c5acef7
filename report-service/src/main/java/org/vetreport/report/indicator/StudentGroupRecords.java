package org.vetreport.report.indicator;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.report.indicator.records.AidAwardRecord;
import org.vetreport.report.indicator.records.AidProgrammeRecord;
import org.vetreport.report.indicator.records.ApprenticeshipRecord;
import org.vetreport.report.indicator.records.AssessmentRecord;
import org.vetreport.report.indicator.records.AwardRecord;
import org.vetreport.report.indicator.records.CertificateRecord;
import org.vetreport.report.indicator.records.DestinationRecord;
import org.vetreport.report.indicator.records.InternshipRecord;
import org.vetreport.report.indicator.records.MajorRecord;
import org.vetreport.report.indicator.records.StudentRecord;

/**
 * A school's records narrowed to one group of students: the group's students and the records that name them.
 * A team award or an apprenticeship class counts in a group when a member of the group is on it, with only
 * the group's members. Reference data (majors, aid programmes) stays whole.
 */
final class StudentGroupRecords implements SchoolRecords {

    /** Topics whose records belong to students and can be narrowed to a group of them. */
    static final Set<Topic> STUDENT_TOPICS = Set.of(Topics.STUDENT_STUDENTS, Topics.STUDENT_ASSESSMENTS,
            Topics.STUDENT_CERTIFICATES, Topics.STUDENT_AWARDS, Topics.STUDENT_DESTINATIONS, Topics.FINANCE_AID_AWARDS,
            Topics.TRAINING_INTERNSHIPS, Topics.TRAINING_APPRENTICESHIPS);

    /** Topics a student figure may also read that do not depend on the group. */
    static final Set<Topic> REFERENCE_TOPICS = Set.of(Topics.STUDENT_MAJORS, Topics.FINANCE_AID_PROGRAMMES);

    private final SchoolRecords school;
    private final List<StudentRecord> students;
    private final Set<String> studentNos;

    StudentGroupRecords(SchoolRecords school, Predicate<StudentRecord> member) {
        this.school = school;
        this.students = school.students().stream().filter(member).toList();
        this.studentNos = students.stream().map(StudentRecord::studentNo).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a figure reading these topics means something for a group of students. */
    static boolean narrowable(List<Topic> sources) {
        return sources.stream().anyMatch(STUDENT_TOPICS::contains)
                && sources.stream().allMatch(topic -> STUDENT_TOPICS.contains(topic) || REFERENCE_TOPICS.contains(topic));
    }

    @Override
    public List<StudentRecord> students() {
        return students;
    }

    @Override
    public List<MajorRecord> majors() {
        return school.majors();
    }

    @Override
    public List<AidProgrammeRecord> aidProgrammes() {
        return school.aidProgrammes();
    }

    @Override
    public List<AssessmentRecord> assessments() {
        return school.assessments().stream().filter(a -> studentNos.contains(a.studentNo())).toList();
    }

    @Override
    public List<CertificateRecord> certificates() {
        return school.certificates().stream().filter(c -> studentNos.contains(c.studentNo())).toList();
    }

    @Override
    public List<DestinationRecord> destinations() {
        return school.destinations().stream().filter(d -> studentNos.contains(d.studentNo())).toList();
    }

    @Override
    public List<AidAwardRecord> aidAwards() {
        return school.aidAwards().stream().filter(a -> studentNos.contains(a.studentNo())).toList();
    }

    @Override
    public List<InternshipRecord> internships() {
        return school.internships().stream().filter(i -> studentNos.contains(i.studentNo())).toList();
    }

    @Override
    public List<AwardRecord> awards() {
        return school.awards().stream()
                .filter(a -> a.studentNos() != null && a.studentNos().stream().anyMatch(studentNos::contains))
                .map(a -> new AwardRecord(a.competition(), a.event(), a.tier(), a.medal(), a.awardedOn(), members(a.studentNos())))
                .toList();
    }

    @Override
    public List<ApprenticeshipRecord> apprenticeships() {
        return school.apprenticeships().stream()
                .filter(a -> a.studentNos() != null && a.studentNos().stream().anyMatch(studentNos::contains))
                .map(a -> new ApprenticeshipRecord(a.code(), a.partnerCode(), a.majorCode(), a.year(),
                        members(a.studentNos()), a.mentors(), a.courses()))
                .toList();
    }

    private List<String> members(List<String> all) {
        return all.stream().filter(studentNos::contains).toList();
    }
}
