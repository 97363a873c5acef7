package org.vetreport.report.check;

import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.CompositeKey;
import org.vetreport.report.indicator.records.AidAwardRecord;
import org.vetreport.report.indicator.records.AssessmentRecord;
import org.vetreport.report.indicator.records.DestinationRecord;
import org.vetreport.report.indicator.records.InternshipRecord;
import org.vetreport.report.indicator.records.StaffRecord;
import org.vetreport.report.indicator.records.StudentRecord;
import org.vetreport.report.indicator.records.TeacherTrainingRecord;

/**
 * The natural key each owning service publishes a record under, composed from the record's fields the way that
 * service composes it, so a finding names records exactly as the department's API addresses them.
 */
final class RecordKeys {

    private RecordKeys() {
    }

    static RecordRef of(StudentRecord student) {
        return new RecordRef(Topics.STUDENT_STUDENTS.name(), student.studentNo());
    }

    static RecordRef of(DestinationRecord destination) {
        return new RecordRef(Topics.STUDENT_DESTINATIONS.name(), destination.studentNo());
    }

    static RecordRef of(AssessmentRecord assessment) {
        return new RecordRef(Topics.STUDENT_ASSESSMENTS.name(), CompositeKey.of(assessment.studentNo(),
                assessment.year(), assessment.term(), assessment.kind(), assessment.subject()));
    }

    static RecordRef of(InternshipRecord internship) {
        return new RecordRef(Topics.TRAINING_INTERNSHIPS.name(),
                CompositeKey.of(internship.studentNo(), internship.startOn()));
    }

    static RecordRef of(AidAwardRecord award) {
        return new RecordRef(Topics.FINANCE_AID_AWARDS.name(),
                CompositeKey.of(award.programmeCode(), award.studentNo(), award.year(), award.term()));
    }

    static RecordRef of(StaffRecord staff) {
        return new RecordRef(Topics.FACULTY_STAFF.name(), staff.staffNo());
    }

    static RecordRef of(TeacherTrainingRecord training) {
        return new RecordRef(Topics.FACULTY_TEACHER_TRAININGS.name(),
                CompositeKey.of(training.staffNo(), training.programme(), training.startOn()));
    }
}
