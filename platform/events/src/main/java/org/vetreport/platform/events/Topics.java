package org.vetreport.platform.events;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalogue of every topic on the platform. Producers publish only to topics named here and the report
 * service replicates all domain topics, so adding an entity type starts with a line here. The report service's
 * own topics (school profiles, year status) carry what the domain services need to know from it.
 */
public final class Topics {

    public static final Topic STUDENT_MAJORS = Topic.v1("student", "majors");
    public static final Topic STUDENT_STUDENTS = Topic.v1("student", "students");
    public static final Topic STUDENT_ASSESSMENTS = Topic.v1("student", "assessments");
    public static final Topic STUDENT_CERTIFICATES = Topic.v1("student", "certificates");
    public static final Topic STUDENT_AWARDS = Topic.v1("student", "awards");
    public static final Topic STUDENT_SURVEYS = Topic.v1("student", "surveys");
    public static final Topic STUDENT_DESTINATIONS = Topic.v1("student", "destinations");
    public static final Topic STUDENT_ACTIVITIES = Topic.v1("student", "activities");
    public static final Topic FACULTY_STAFF = Topic.v1("faculty", "staff");
    public static final Topic FACULTY_TEACHER_TRAININGS = Topic.v1("faculty", "teacher-trainings");
    public static final Topic FACULTY_HONOURS = Topic.v1("faculty", "honours");
    public static final Topic FACULTY_RESEARCH_OUTPUTS = Topic.v1("faculty", "research-outputs");
    public static final Topic FACULTY_ELECTIVES = Topic.v1("faculty", "electives");
    public static final Topic FINANCE_INCOME = Topic.v1("finance", "income");
    public static final Topic FINANCE_AID_PROGRAMMES = Topic.v1("finance", "aid-programmes");
    public static final Topic FINANCE_AID_AWARDS = Topic.v1("finance", "aid-awards");
    public static final Topic FINANCE_ASSETS = Topic.v1("finance", "assets");
    public static final Topic TRAINING_ROOMS = Topic.v1("training", "training-rooms");
    public static final Topic TRAINING_PARTNERS = Topic.v1("training", "partners");
    public static final Topic TRAINING_APPRENTICESHIPS = Topic.v1("training", "apprenticeships");
    public static final Topic TRAINING_INTERNSHIPS = Topic.v1("training", "internships");
    public static final Topic TRAINING_SESSIONS = Topic.v1("training", "training-sessions");
    public static final Topic TRAINING_HOSTED_CONTESTS = Topic.v1("training", "hosted-contests");
    public static final Topic REPORT_SCHOOLS = Topic.v1("report", "schools");
    public static final Topic REPORT_YEARS = Topic.v1("report", "years");

    private static final List<Topic> DOMAIN = List.of(STUDENT_MAJORS, STUDENT_STUDENTS, STUDENT_ASSESSMENTS,
            STUDENT_CERTIFICATES, STUDENT_AWARDS, STUDENT_SURVEYS, STUDENT_DESTINATIONS, STUDENT_ACTIVITIES,
            FACULTY_STAFF, FACULTY_TEACHER_TRAININGS, FACULTY_HONOURS, FACULTY_RESEARCH_OUTPUTS, FACULTY_ELECTIVES,
            FINANCE_INCOME, FINANCE_AID_PROGRAMMES, FINANCE_AID_AWARDS, FINANCE_ASSETS,
            TRAINING_ROOMS, TRAINING_PARTNERS, TRAINING_APPRENTICESHIPS, TRAINING_INTERNSHIPS, TRAINING_SESSIONS,
            TRAINING_HOSTED_CONTESTS);

    private static final List<Topic> ALL = Stream.concat(DOMAIN.stream(),
            Stream.of(REPORT_SCHOOLS, REPORT_YEARS)).toList();

    private Topics() {
    }

    public static List<Topic> all() {
        return ALL;
    }

    /** The topics of the four domain services: what the report service replicates and computes figures from. */
    public static List<Topic> domain() {
        return DOMAIN;
    }

    public static List<Topic> ownedBy(String service) {
        return ALL.stream().filter(topic -> topic.service().equals(service)).toList();
    }

    public static Optional<Topic> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}
