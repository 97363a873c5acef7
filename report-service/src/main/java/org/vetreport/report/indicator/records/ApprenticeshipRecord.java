package org.vetreport.report.indicator.records;

import java.util.List;

public record ApprenticeshipRecord(String code, String partnerCode, String majorCode, Integer year,
                                   List<String> studentNos, Integer mentors, Integer courses) {
}
