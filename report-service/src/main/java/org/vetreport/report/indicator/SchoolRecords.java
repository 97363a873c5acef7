package org.vetreport.report.indicator;

import java.util.List;
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
        if (topic.equals(Topics.STUDENT_MAJORS)) {
            return majors().size();
        }
        if (topic.equals(Topics.STUDENT_STUDENTS)) {
            return students().size();
        }
        if (topic.equals(Topics.STUDENT_ASSESSMENTS)) {
            return assessments().size();
        }
        if (topic.equals(Topics.STUDENT_CERTIFICATES)) {
            return certificates().size();
        }
        if (topic.equals(Topics.STUDENT_AWARDS)) {
            return awards().size();
        }
        if (topic.equals(Topics.STUDENT_SURVEYS)) {
            return surveys().size();
        }
        if (topic.equals(Topics.STUDENT_DESTINATIONS)) {
            return destinations().size();
        }
        if (topic.equals(Topics.STUDENT_ACTIVITIES)) {
            return activities().size();
        }
        if (topic.equals(Topics.FACULTY_STAFF)) {
            return staff().size();
        }
        if (topic.equals(Topics.FACULTY_TEACHER_TRAININGS)) {
            return teacherTrainings().size();
        }
        if (topic.equals(Topics.FACULTY_HONOURS)) {
            return honours().size();
        }
        if (topic.equals(Topics.FACULTY_RESEARCH_OUTPUTS)) {
            return researchOutputs().size();
        }
        if (topic.equals(Topics.FACULTY_ELECTIVES)) {
            return electives().size();
        }
        if (topic.equals(Topics.FINANCE_INCOME)) {
            return income().size();
        }
        if (topic.equals(Topics.FINANCE_AID_PROGRAMMES)) {
            return aidProgrammes().size();
        }
        if (topic.equals(Topics.FINANCE_AID_AWARDS)) {
            return aidAwards().size();
        }
        if (topic.equals(Topics.FINANCE_ASSETS)) {
            return assets().size();
        }
        if (topic.equals(Topics.TRAINING_ROOMS)) {
            return trainingRooms().size();
        }
        if (topic.equals(Topics.TRAINING_PARTNERS)) {
            return partners().size();
        }
        if (topic.equals(Topics.TRAINING_APPRENTICESHIPS)) {
            return apprenticeships().size();
        }
        if (topic.equals(Topics.TRAINING_INTERNSHIPS)) {
            return internships().size();
        }
        if (topic.equals(Topics.TRAINING_SESSIONS)) {
            return trainingSessions().size();
        }
        if (topic.equals(Topics.TRAINING_HOSTED_CONTESTS)) {
            return hostedContests().size();
        }
        return 0;
    }
}
