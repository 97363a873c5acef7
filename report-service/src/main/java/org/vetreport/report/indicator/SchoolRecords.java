package org.vetreport.report.indicator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/**
 * The replicated records of one school, as indicator definitions read them. Every method has an empty default,
 * so a test of one family of indicators gives just the records that family reads.
 */
public interface SchoolRecords {

    default List<MajorRecord> majors() {
        return List.of();
    }

    default List<StudentRecord> students() {
        return List.of();
    }

    default List<AssessmentRecord> assessments() {
        return List.of();
    }

    default List<CertificateRecord> certificates() {
        return List.of();
    }

    default List<AwardRecord> awards() {
        return List.of();
    }

    default List<SurveyRecord> surveys() {
        return List.of();
    }

    default List<DestinationRecord> destinations() {
        return List.of();
    }

    default List<ActivityRecord> activities() {
        return List.of();
    }

    default List<StaffRecord> staff() {
        return List.of();
    }

    default List<TeacherTrainingRecord> teacherTrainings() {
        return List.of();
    }

    default List<HonourRecord> honours() {
        return List.of();
    }

    default List<ResearchOutputRecord> researchOutputs() {
        return List.of();
    }

    default List<ElectiveRecord> electives() {
        return List.of();
    }

    default List<IncomeRecord> income() {
        return List.of();
    }

    default List<AidProgrammeRecord> aidProgrammes() {
        return List.of();
    }

    default List<AidAwardRecord> aidAwards() {
        return List.of();
    }

    default List<AssetRecord> assets() {
        return List.of();
    }

    default List<TrainingRoomRecord> trainingRooms() {
        return List.of();
    }

    default List<PartnerRecord> partners() {
        return List.of();
    }

    default List<ApprenticeshipRecord> apprenticeships() {
        return List.of();
    }

    default List<InternshipRecord> internships() {
        return List.of();
    }

    default List<TrainingSessionRecord> trainingSessions() {
        return List.of();
    }

    default List<HostedContestRecord> hostedContests() {
        return List.of();
    }

    /** How many of the school's records of a topic there are; 0 for a topic indicators do not read. */
    default long count(Topic topic) {
        Function<SchoolRecords, List<?>> records = Sources.BY_TOPIC.get(topic);
        return records == null ? 0 : records.apply(this).size();
    }

    /** Which method reads each topic's records. */
    final class Sources {

        private static final Map<Topic, Function<SchoolRecords, List<?>>> BY_TOPIC = Map.ofEntries(
            Map.entry(Topics.STUDENT_MAJORS, SchoolRecords::majors),
            Map.entry(Topics.STUDENT_STUDENTS, SchoolRecords::students),
            Map.entry(Topics.STUDENT_ASSESSMENTS, SchoolRecords::assessments),
            Map.entry(Topics.STUDENT_CERTIFICATES, SchoolRecords::certificates),
            Map.entry(Topics.STUDENT_AWARDS, SchoolRecords::awards),
            Map.entry(Topics.STUDENT_SURVEYS, SchoolRecords::surveys),
            Map.entry(Topics.STUDENT_DESTINATIONS, SchoolRecords::destinations),
            Map.entry(Topics.STUDENT_ACTIVITIES, SchoolRecords::activities),
            Map.entry(Topics.FACULTY_STAFF, SchoolRecords::staff),
            Map.entry(Topics.FACULTY_TEACHER_TRAININGS, SchoolRecords::teacherTrainings),
            Map.entry(Topics.FACULTY_HONOURS, SchoolRecords::honours),
            Map.entry(Topics.FACULTY_RESEARCH_OUTPUTS, SchoolRecords::researchOutputs),
            Map.entry(Topics.FACULTY_ELECTIVES, SchoolRecords::electives),
            Map.entry(Topics.FINANCE_INCOME, SchoolRecords::income),
            Map.entry(Topics.FINANCE_AID_PROGRAMMES, SchoolRecords::aidProgrammes),
            Map.entry(Topics.FINANCE_AID_AWARDS, SchoolRecords::aidAwards),
            Map.entry(Topics.FINANCE_ASSETS, SchoolRecords::assets),
            Map.entry(Topics.TRAINING_ROOMS, SchoolRecords::trainingRooms),
            Map.entry(Topics.TRAINING_PARTNERS, SchoolRecords::partners),
            Map.entry(Topics.TRAINING_APPRENTICESHIPS, SchoolRecords::apprenticeships),
            Map.entry(Topics.TRAINING_INTERNSHIPS, SchoolRecords::internships),
            Map.entry(Topics.TRAINING_SESSIONS, SchoolRecords::trainingSessions),
            Map.entry(Topics.TRAINING_HOSTED_CONTESTS, SchoolRecords::hostedContests));

        private Sources() {
        }
    }
}
