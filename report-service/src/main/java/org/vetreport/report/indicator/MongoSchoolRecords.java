package org.vetreport.report.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.json.JsonBson;
import org.vetreport.platform.kit.replica.ReplicaCollection;
import org.vetreport.report.indicator.records.ActivityRecord;
import org.vetreport.report.indicator.records.AidAwardRecord;
import org.vetreport.report.indicator.records.AidProgrammeRecord;
import org.vetreport.report.indicator.records.ApprenticeshipRecord;
import org.vetreport.report.indicator.records.AssessmentRecord;
import org.vetreport.report.indicator.records.AssetRecord;
import org.vetreport.report.indicator.records.AwardRecord;
import org.vetreport.report.indicator.records.CertificateRecord;
import org.vetreport.report.indicator.records.DestinationRecord;
import org.vetreport.report.indicator.records.ElectiveRecord;
import org.vetreport.report.indicator.records.HonourRecord;
import org.vetreport.report.indicator.records.HostedContestRecord;
import org.vetreport.report.indicator.records.IncomeRecord;
import org.vetreport.report.indicator.records.InternshipRecord;
import org.vetreport.report.indicator.records.MajorRecord;
import org.vetreport.report.indicator.records.PartnerRecord;
import org.vetreport.report.indicator.records.ResearchOutputRecord;
import org.vetreport.report.indicator.records.StaffRecord;
import org.vetreport.report.indicator.records.StudentRecord;
import org.vetreport.report.indicator.records.SurveyRecord;
import org.vetreport.report.indicator.records.TeacherTrainingRecord;
import org.vetreport.report.indicator.records.TrainingRoomRecord;
import org.vetreport.report.indicator.records.TrainingSessionRecord;
import org.vetreport.report.replica.Replicas;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One school's records read from the replica, each topic at most once per instance and only when an indicator
 * asks for it. Reading tolerates fields this service does not know, so producers can add fields without breaking
 * it. The query is a plain match on the replica's (school, deleted) index.
 */
public final class MongoSchoolRecords implements SchoolRecords {

    private final Replicas replicas;
    private final JsonMapper json;
    private final String school;
    private final Map<Topic, List<?>> loaded = new HashMap<>();

    public MongoSchoolRecords(Replicas replicas, JsonMapper json, String school) {
        this.replicas = replicas;
        this.json = json;
        this.school = school;
    }

    @Override
    public List<MajorRecord> majors() {
        return read(Topics.STUDENT_MAJORS, MajorRecord.class);
    }

    @Override
    public List<StudentRecord> students() {
        return read(Topics.STUDENT_STUDENTS, StudentRecord.class);
    }

    @Override
    public List<AssessmentRecord> assessments() {
        return read(Topics.STUDENT_ASSESSMENTS, AssessmentRecord.class);
    }

    @Override
    public List<CertificateRecord> certificates() {
        return read(Topics.STUDENT_CERTIFICATES, CertificateRecord.class);
    }

    @Override
    public List<AwardRecord> awards() {
        return read(Topics.STUDENT_AWARDS, AwardRecord.class);
    }

    @Override
    public List<SurveyRecord> surveys() {
        return read(Topics.STUDENT_SURVEYS, SurveyRecord.class);
    }

    @Override
    public List<DestinationRecord> destinations() {
        return read(Topics.STUDENT_DESTINATIONS, DestinationRecord.class);
    }

    @Override
    public List<ActivityRecord> activities() {
        return read(Topics.STUDENT_ACTIVITIES, ActivityRecord.class);
    }

    @Override
    public List<StaffRecord> staff() {
        return read(Topics.FACULTY_STAFF, StaffRecord.class);
    }

    @Override
    public List<TeacherTrainingRecord> teacherTrainings() {
        return read(Topics.FACULTY_TEACHER_TRAININGS, TeacherTrainingRecord.class);
    }

    @Override
    public List<HonourRecord> honours() {
        return read(Topics.FACULTY_HONOURS, HonourRecord.class);
    }

    @Override
    public List<ResearchOutputRecord> researchOutputs() {
        return read(Topics.FACULTY_RESEARCH_OUTPUTS, ResearchOutputRecord.class);
    }

    @Override
    public List<ElectiveRecord> electives() {
        return read(Topics.FACULTY_ELECTIVES, ElectiveRecord.class);
    }

    @Override
    public List<IncomeRecord> income() {
        return read(Topics.FINANCE_INCOME, IncomeRecord.class);
    }

    @Override
    public List<AidProgrammeRecord> aidProgrammes() {
        return read(Topics.FINANCE_AID_PROGRAMMES, AidProgrammeRecord.class);
    }

    @Override
    public List<AidAwardRecord> aidAwards() {
        return read(Topics.FINANCE_AID_AWARDS, AidAwardRecord.class);
    }

    @Override
    public List<AssetRecord> assets() {
        return read(Topics.FINANCE_ASSETS, AssetRecord.class);
    }

    @Override
    public List<TrainingRoomRecord> trainingRooms() {
        return read(Topics.TRAINING_ROOMS, TrainingRoomRecord.class);
    }

    @Override
    public List<PartnerRecord> partners() {
        return read(Topics.TRAINING_PARTNERS, PartnerRecord.class);
    }

    @Override
    public List<ApprenticeshipRecord> apprenticeships() {
        return read(Topics.TRAINING_APPRENTICESHIPS, ApprenticeshipRecord.class);
    }

    @Override
    public List<InternshipRecord> internships() {
        return read(Topics.TRAINING_INTERNSHIPS, InternshipRecord.class);
    }

    @Override
    public List<TrainingSessionRecord> trainingSessions() {
        return read(Topics.TRAINING_SESSIONS, TrainingSessionRecord.class);
    }

    @Override
    public List<HostedContestRecord> hostedContests() {
        return read(Topics.TRAINING_HOSTED_CONTESTS, HostedContestRecord.class);
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> List<T> read(Topic topic, Class<T> type) {
        return (List<T>) loaded.computeIfAbsent(topic, unread -> {
            var reader = json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            List<T> records = new ArrayList<>();
            replicas.of(topic).collection()
                    .find(new Document(ReplicaCollection.SCHOOL, school).append(ReplicaCollection.DELETED, false))
                    .forEach(document -> records.add(reader.readValue(
                            JsonBson.toJson(document.get(ReplicaCollection.DATA, Document.class)))));
            return List.copyOf(records);
        });
    }
}
