package org.vetreport.report.indicator;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
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
import org.vetreport.report.replica.PayloadContract;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record each domain topic's payload is read as. The replica accepts a change only if its payload reads as
 * that record, so figures never meet a record they cannot read; fields the record does not know are ignored, so
 * producers may add fields without breaking the report service.
 */
@Component
final class RecordPayloads implements PayloadContract {

    private static final Map<Topic, Class<?>> TYPES = Map.ofEntries(
            Map.entry(Topics.STUDENT_MAJORS, MajorRecord.class),
            Map.entry(Topics.STUDENT_STUDENTS, StudentRecord.class),
            Map.entry(Topics.STUDENT_ASSESSMENTS, AssessmentRecord.class),
            Map.entry(Topics.STUDENT_CERTIFICATES, CertificateRecord.class),
            Map.entry(Topics.STUDENT_AWARDS, AwardRecord.class),
            Map.entry(Topics.STUDENT_SURVEYS, SurveyRecord.class),
            Map.entry(Topics.STUDENT_DESTINATIONS, DestinationRecord.class),
            Map.entry(Topics.STUDENT_ACTIVITIES, ActivityRecord.class),
            Map.entry(Topics.FACULTY_STAFF, StaffRecord.class),
            Map.entry(Topics.FACULTY_TEACHER_TRAININGS, TeacherTrainingRecord.class),
            Map.entry(Topics.FACULTY_HONOURS, HonourRecord.class),
            Map.entry(Topics.FACULTY_RESEARCH_OUTPUTS, ResearchOutputRecord.class),
            Map.entry(Topics.FACULTY_ELECTIVES, ElectiveRecord.class),
            Map.entry(Topics.FINANCE_INCOME, IncomeRecord.class),
            Map.entry(Topics.FINANCE_AID_PROGRAMMES, AidProgrammeRecord.class),
            Map.entry(Topics.FINANCE_AID_AWARDS, AidAwardRecord.class),
            Map.entry(Topics.FINANCE_ASSETS, AssetRecord.class),
            Map.entry(Topics.TRAINING_ROOMS, TrainingRoomRecord.class),
            Map.entry(Topics.TRAINING_PARTNERS, PartnerRecord.class),
            Map.entry(Topics.TRAINING_APPRENTICESHIPS, ApprenticeshipRecord.class),
            Map.entry(Topics.TRAINING_INTERNSHIPS, InternshipRecord.class),
            Map.entry(Topics.TRAINING_SESSIONS, TrainingSessionRecord.class),
            Map.entry(Topics.TRAINING_HOSTED_CONTESTS, HostedContestRecord.class));

    private final JsonMapper json;

    RecordPayloads(JsonMapper json) {
        this.json = json;
    }

    static ObjectReader reader(JsonMapper json, Topic topic) {
        Class<?> type = TYPES.get(topic);
        if (type == null) {
            throw new IllegalArgumentException("no record type is known for topic " + topic);
        }
        return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public void check(ChangeEvent event) {
        if (event.payload() != null) {
            reader(json, event.topic()).readValue(event.payload());
        }
    }
}
