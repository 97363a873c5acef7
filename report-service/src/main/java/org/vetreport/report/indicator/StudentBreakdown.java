package org.vetreport.report.indicator;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.vetreport.report.indicator.records.StudentRecord;

/** The ways student figures split into groups: by major, gender, grade (入学年级, the year of enrolment) or programme. */
public enum StudentBreakdown {

    MAJOR(StudentRecord::majorCode),
    GENDER(StudentRecord::gender),
    GRADE(student -> student.enrolledOn() == null ? null : String.valueOf(student.enrolledOn().getYear())),
    PROGRAMME(StudentRecord::programme);

    /** The group of students whose record lacks the field. */
    public static final String UNKNOWN = "UNKNOWN";

    private final Function<StudentRecord, String> key;

    StudentBreakdown(Function<StudentRecord, String> key) {
        this.key = key;
    }

    /** The school's records narrowed to each group of its students, in key order. */
    public Map<String, SchoolRecords> groups(SchoolRecords school) {
        Map<String, SchoolRecords> groups = new TreeMap<>();
        school.students().stream().map(this::keyOf).distinct().forEach(group ->
                groups.put(group, new StudentGroupRecords(school, student -> keyOf(student).equals(group))));
        return groups;
    }

    private String keyOf(StudentRecord student) {
        return Objects.requireNonNullElse(key.apply(student), UNKNOWN);
    }
}
