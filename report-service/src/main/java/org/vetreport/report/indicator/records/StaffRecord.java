package org.vetreport.report.indicator.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A staff member as {@code faculty.staff.v1} carries it: no name; qualifications as a dated history. */
public record StaffRecord(String staffNo, String gender, Integer birthYear, String employment, String role,
                          String courseCategory, LocalDate hiredOn, LocalDate leftOn,
                          List<QualificationsRecord> qualificationHistory) {

    private static final Set<String> MASTER_OR_ABOVE = Set.of("MASTER", "DOCTORATE", "DOCTOR");
    private static final Set<String> BACHELOR_OR_ABOVE = Set.of("BACHELOR", "MASTER", "DOCTORATE");
    private static final Set<String> SENIOR = Set.of("SENIOR", "SENIOR_FULL");

    public StaffRecord {
        qualificationHistory = qualificationHistory == null ? List.of() : List.copyOf(qualificationHistory);
    }

    /** Employed on the day: hired on or before it and not gone by it (the leaving day itself is gone). */
    public boolean employedOn(LocalDate day) {
        return hiredOn != null && !hiredOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }

    /** The qualifications on a day: every change effective by then, later ones overriding earlier ones. */
    public QualificationsRecord qualificationsOn(LocalDate day) {
        String education = null;
        String degree = null;
        String title = null;
        Boolean dualQualified = null;
        for (QualificationsRecord change : qualificationHistory) {
            if (change.effectiveOn().isAfter(day)) {
                break;
            }
            education = change.education() == null ? education : change.education();
            degree = change.degree() == null ? degree : change.degree();
            title = change.title() == null ? title : change.title();
            dualQualified = change.dualQualified() == null ? dualQualified : change.dualQualified();
        }
        return new QualificationsRecord(day, education, degree, title, dualQualified);
    }

    /** 专任教师. */
    public boolean fullTimeTeacher() {
        return "FULL_TIME_TEACHER".equals(role) && !"PART_TIME".equals(employment) && !"EXTERNAL".equals(employment);
    }

    /** Teaches at all: a full-time teacher or anyone with a course category. */
    public boolean teaches() {
        return "FULL_TIME_TEACHER".equals(role) || (courseCategory != null && !"NONE".equals(courseCategory));
    }

    /** Teaches professional courses (专业课). */
    public boolean professional() {
        return "PROFESSIONAL".equals(courseCategory) || "BOTH".equals(courseCategory);
    }

    public static boolean bachelorOrAbove(QualificationsRecord q) {
        return BACHELOR_OR_ABOVE.contains(q.education());
    }

    /** 硕士及以上: a master's or doctoral education or degree. */
    public static boolean masterOrAbove(QualificationsRecord q) {
        return MASTER_OR_ABOVE.contains(q.education()) || MASTER_OR_ABOVE.contains(q.degree());
    }

    public static boolean senior(QualificationsRecord q) {
        return SENIOR.contains(q.title());
    }
}
