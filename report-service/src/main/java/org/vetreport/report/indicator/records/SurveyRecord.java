package org.vetreport.report.indicator.records;

public record SurveyRecord(String survey, Integer year, Integer satisfied, Integer dissatisfied, Integer notAssessable) {
}
