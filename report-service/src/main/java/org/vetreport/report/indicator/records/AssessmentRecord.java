package org.vetreport.report.indicator.records;

/** One assessment result as {@code student.assessments.v1} carries it; {@code year} is the report year it counts in. */
public record AssessmentRecord(String studentNo, Integer year, Integer term, String kind, String subject, Boolean passed) {

    public boolean of(String kind, int year) {
        return kind.equals(this.kind) && this.year != null && this.year == year;
    }
}
