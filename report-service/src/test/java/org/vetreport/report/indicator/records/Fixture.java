package org.vetreport.report.indicator.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vetreport.report.indicator.SchoolRecords;

/**
 * Hand-made records of one school for the indicator tests: each family's test adds just the records its
 * definitions read, and the rest stay empty.
 */
public final class Fixture implements SchoolRecords {

    private final List<MajorRecord> majors = new ArrayList<>();
    private final List<StudentRecord> students = new ArrayList<>();
    private final List<AssessmentRecord> assessments = new ArrayList<>();
    private final List<CertificateRecord> certificates = new ArrayList<>();
    private final List<AwardRecord> awards = new ArrayList<>();
    private final List<SurveyRecord> surveys = new ArrayList<>();
    private final List<DestinationRecord> destinations = new ArrayList<>();
    private final List<ActivityRecord> activities = new ArrayList<>();
    private final List<StaffRecord> staff = new ArrayList<>();
    private final List<TeacherTrainingRecord> teacherTrainings = new ArrayList<>();
    private final List<HonourRecord> honours = new ArrayList<>();
    private final List<ResearchOutputRecord> researchOutputs = new ArrayList<>();
    private final List<ElectiveRecord> electives = new ArrayList<>();
    private final List<IncomeRecord> income = new ArrayList<>();
    private final List<AidProgrammeRecord> aidProgrammes = new ArrayList<>();
    private final List<AidAwardRecord> aidAwards = new ArrayList<>();
    private final List<AssetRecord> assets = new ArrayList<>();
    private final List<TrainingRoomRecord> trainingRooms = new ArrayList<>();
    private final List<PartnerRecord> partners = new ArrayList<>();
    private final List<ApprenticeshipRecord> apprenticeships = new ArrayList<>();
    private final List<InternshipRecord> internships = new ArrayList<>();
    private final List<TrainingSessionRecord> trainingSessions = new ArrayList<>();
    private final List<HostedContestRecord> hostedContests = new ArrayList<>();

    /** A day written as ISO text, so that the records read like the tables they stand for. */
    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A full-time student of major M1 enrolled on {@code enrolledOn}, with the later changes of status given. */
    public static StudentRecord student(String no, String gender, String enrolledOn, StatusRecord... later) {
        return student(no, gender, true, "THREE_YEAR", enrolledOn, null, later);
    }

    public static StudentRecord student(String no, String gender, boolean fullTime, String programme, String enrolledOn,
                                        String expectedGraduationOn, StatusRecord... later) {
        List<StatusRecord> history = new ArrayList<>();
        history.add(new StatusRecord(StatusRecord.ENROLLED, day(enrolledOn)));
        history.addAll(List.of(later));
        return new StudentRecord(no, gender, "M1", "c1", programme, fullTime, day(enrolledOn),
                expectedGraduationOn == null ? null : day(expectedGraduationOn), history);
    }

    public static StatusRecord status(String status, String effectiveOn) {
        return new StatusRecord(status, day(effectiveOn));
    }

    /** A staff member hired on {@code hiredOn} and still employed, unless {@link #left} says otherwise. */
    public static StaffRecord staffMember(String no, String employment, String role, String courseCategory,
                                          String hiredOn, QualificationsRecord... history) {
        return new StaffRecord(no, "FEMALE", 1980, employment, role, courseCategory, day(hiredOn), null, List.of(history));
    }

    public static StaffRecord left(StaffRecord s, String leftOn) {
        return new StaffRecord(s.staffNo(), s.gender(), s.birthYear(), s.employment(), s.role(), s.courseCategory(),
                s.hiredOn(), day(leftOn), s.qualificationHistory());
    }

    public static QualificationsRecord qualifications(String effectiveOn, String education, String degree, String title,
                                                      Boolean dualQualified) {
        return new QualificationsRecord(day(effectiveOn), education, degree, title, dualQualified);
    }

    public Fixture majors(MajorRecord... records) {
        majors.addAll(List.of(records));
        return this;
    }

    public Fixture students(StudentRecord... records) {
        students.addAll(List.of(records));
        return this;
    }

    public Fixture assessments(AssessmentRecord... records) {
        assessments.addAll(List.of(records));
        return this;
    }

    public Fixture certificates(CertificateRecord... records) {
        certificates.addAll(List.of(records));
        return this;
    }

    public Fixture awards(AwardRecord... records) {
        awards.addAll(List.of(records));
        return this;
    }

    public Fixture surveys(SurveyRecord... records) {
        surveys.addAll(List.of(records));
        return this;
    }

    public Fixture destinations(DestinationRecord... records) {
        destinations.addAll(List.of(records));
        return this;
    }

    public Fixture activities(ActivityRecord... records) {
        activities.addAll(List.of(records));
        return this;
    }

    public Fixture staff(StaffRecord... records) {
        staff.addAll(List.of(records));
        return this;
    }

    public Fixture teacherTrainings(TeacherTrainingRecord... records) {
        teacherTrainings.addAll(List.of(records));
        return this;
    }

    public Fixture honours(HonourRecord... records) {
        honours.addAll(List.of(records));
        return this;
    }

    public Fixture researchOutputs(ResearchOutputRecord... records) {
        researchOutputs.addAll(List.of(records));
        return this;
    }

    public Fixture electives(ElectiveRecord... records) {
        electives.addAll(List.of(records));
        return this;
    }

    public Fixture income(IncomeRecord... records) {
        income.addAll(List.of(records));
        return this;
    }

    public Fixture aidProgrammes(AidProgrammeRecord... records) {
        aidProgrammes.addAll(List.of(records));
        return this;
    }

    public Fixture aidAwards(AidAwardRecord... records) {
        aidAwards.addAll(List.of(records));
        return this;
    }

    public Fixture assets(AssetRecord... records) {
        assets.addAll(List.of(records));
        return this;
    }

    public Fixture trainingRooms(TrainingRoomRecord... records) {
        trainingRooms.addAll(List.of(records));
        return this;
    }

    public Fixture partners(PartnerRecord... records) {
        partners.addAll(List.of(records));
        return this;
    }

    public Fixture apprenticeships(ApprenticeshipRecord... records) {
        apprenticeships.addAll(List.of(records));
        return this;
    }

    public Fixture internships(InternshipRecord... records) {
        internships.addAll(List.of(records));
        return this;
    }

    public Fixture trainingSessions(TrainingSessionRecord... records) {
        trainingSessions.addAll(List.of(records));
        return this;
    }

    public Fixture hostedContests(HostedContestRecord... records) {
        hostedContests.addAll(List.of(records));
        return this;
    }

    @Override
    public List<MajorRecord> majors() {
        return majors;
    }

    @Override
    public List<StudentRecord> students() {
        return students;
    }

    @Override
    public List<AssessmentRecord> assessments() {
        return assessments;
    }

    @Override
    public List<CertificateRecord> certificates() {
        return certificates;
    }

    @Override
    public List<AwardRecord> awards() {
        return awards;
    }

    @Override
    public List<SurveyRecord> surveys() {
        return surveys;
    }

    @Override
    public List<DestinationRecord> destinations() {
        return destinations;
    }

    @Override
    public List<ActivityRecord> activities() {
        return activities;
    }

    @Override
    public List<StaffRecord> staff() {
        return staff;
    }

    @Override
    public List<TeacherTrainingRecord> teacherTrainings() {
        return teacherTrainings;
    }

    @Override
    public List<HonourRecord> honours() {
        return honours;
    }

    @Override
    public List<ResearchOutputRecord> researchOutputs() {
        return researchOutputs;
    }

    @Override
    public List<ElectiveRecord> electives() {
        return electives;
    }

    @Override
    public List<IncomeRecord> income() {
        return income;
    }

    @Override
    public List<AidProgrammeRecord> aidProgrammes() {
        return aidProgrammes;
    }

    @Override
    public List<AidAwardRecord> aidAwards() {
        return aidAwards;
    }

    @Override
    public List<AssetRecord> assets() {
        return assets;
    }

    @Override
    public List<TrainingRoomRecord> trainingRooms() {
        return trainingRooms;
    }

    @Override
    public List<PartnerRecord> partners() {
        return partners;
    }

    @Override
    public List<ApprenticeshipRecord> apprenticeships() {
        return apprenticeships;
    }

    @Override
    public List<InternshipRecord> internships() {
        return internships;
    }

    @Override
    public List<TrainingSessionRecord> trainingSessions() {
        return trainingSessions;
    }

    @Override
    public List<HostedContestRecord> hostedContests() {
        return hostedContests;
    }
}
