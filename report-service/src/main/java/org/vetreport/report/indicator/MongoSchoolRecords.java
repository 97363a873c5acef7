package org.vetreport.report.indicator;

import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * One school's records read from the replica, each topic at most once per instance and only when an indicator
 * asks for it. Reading tolerates fields this service does not know, so producers can add fields without breaking
 * it (see {@link RecordPayloads}, which keeps unreadable payloads out of the replica). The query is a plain match
 * on the replica's (school, deleted) index.
 */
final class MongoSchoolRecords implements SchoolRecords {

    private final Replicas replicas;
    private final JsonMapper json;
    private final String school;
    private final Shared shared;
    private final Map<Topic, List<?>> loaded = new HashMap<>();

    /** Records read now, shared with nobody. */
    MongoSchoolRecords(Replicas replicas, JsonMapper json, String school) {
        this(replicas, json, school, (topic, read) -> read.get());
    }

    /** Records of each topic taken from {@code shared}, which reads them with the supplier it is given if it must. */
    MongoSchoolRecords(Replicas replicas, JsonMapper json, String school, Shared shared) {
        this.replicas = replicas;
        this.json = json;
        this.school = school;
        this.shared = shared;
    }

    @Override
    public List<MajorRecord> majors() {
        return read(Topics.STUDENT_MAJORS);
    }

    @Override
    public List<StudentRecord> students() {
        return read(Topics.STUDENT_STUDENTS);
    }

    @Override
    public List<AssessmentRecord> assessments() {
        return read(Topics.STUDENT_ASSESSMENTS);
    }

    @Override
    public List<CertificateRecord> certificates() {
        return read(Topics.STUDENT_CERTIFICATES);
    }

    @Override
    public List<AwardRecord> awards() {
        return read(Topics.STUDENT_AWARDS);
    }

    @Override
    public List<SurveyRecord> surveys() {
        return read(Topics.STUDENT_SURVEYS);
    }

    @Override
    public List<DestinationRecord> destinations() {
        return read(Topics.STUDENT_DESTINATIONS);
    }

    @Override
    public List<ActivityRecord> activities() {
        return read(Topics.STUDENT_ACTIVITIES);
    }

    @Override
    public List<StaffRecord> staff() {
        return read(Topics.FACULTY_STAFF);
    }

    @Override
    public List<TeacherTrainingRecord> teacherTrainings() {
        return read(Topics.FACULTY_TEACHER_TRAININGS);
    }

    @Override
    public List<HonourRecord> honours() {
        return read(Topics.FACULTY_HONOURS);
    }

    @Override
    public List<ResearchOutputRecord> researchOutputs() {
        return read(Topics.FACULTY_RESEARCH_OUTPUTS);
    }

    @Override
    public List<ElectiveRecord> electives() {
        return read(Topics.FACULTY_ELECTIVES);
    }

    @Override
    public List<IncomeRecord> income() {
        return read(Topics.FINANCE_INCOME);
    }

    @Override
    public List<AidProgrammeRecord> aidProgrammes() {
        return read(Topics.FINANCE_AID_PROGRAMMES);
    }

    @Override
    public List<AidAwardRecord> aidAwards() {
        return read(Topics.FINANCE_AID_AWARDS);
    }

    @Override
    public List<AssetRecord> assets() {
        return read(Topics.FINANCE_ASSETS);
    }

    @Override
    public List<TrainingRoomRecord> trainingRooms() {
        return read(Topics.TRAINING_ROOMS);
    }

    @Override
    public List<PartnerRecord> partners() {
        return read(Topics.TRAINING_PARTNERS);
    }

    @Override
    public List<ApprenticeshipRecord> apprenticeships() {
        return read(Topics.TRAINING_APPRENTICESHIPS);
    }

    @Override
    public List<InternshipRecord> internships() {
        return read(Topics.TRAINING_INTERNSHIPS);
    }

    @Override
    public List<TrainingSessionRecord> trainingSessions() {
        return read(Topics.TRAINING_SESSIONS);
    }

    @Override
    public List<HostedContestRecord> hostedContests() {
        return read(Topics.TRAINING_HOSTED_CONTESTS);
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> List<T> read(Topic topic) {
        return (List<T>) loaded.computeIfAbsent(topic, unread -> shared.records(topic, () -> readNow(topic)));
    }

    private List<?> readNow(Topic topic) {
        var reader = RecordPayloads.reader(json, topic);
        List<Object> records = new ArrayList<>();
        replicas.of(topic).collection()
                .find(new Document(ReplicaCollection.SCHOOL, school).append(ReplicaCollection.DELETED, false))
                .projection(Projections.include(ReplicaCollection.DATA))
                .forEach(document -> records.add(reader.readValue(
                        JsonBson.toJson(document.get(ReplicaCollection.DATA, Document.class)))));
        return List.copyOf(records);
    }

    /** Where the records of a topic may come from besides the replica: records read before, still current. */
    @FunctionalInterface
    interface Shared {

        List<?> records(Topic topic, Supplier<List<?>> read);
    }
}
