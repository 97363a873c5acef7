package org.vetreport.report.indicator.records;

import java.math.BigDecimal;
import java.util.Set;

public record DestinationRecord(String studentNo, Integer graduationYear, String destination, Boolean relevantToMajor,
                                Boolean local, BigDecimal firstMonthlySalary) {

    private static final Set<String> DIRECTLY_EMPLOYED = Set.of("EMPLOYED", "SELF_EMPLOYED");

    /** Working: employed or self-employed (直接就业). */
    public boolean directlyEmployed() {
        return DIRECTLY_EMPLOYED.contains(destination);
    }

    public boolean furtherEducation() {
        return "FURTHER_EDUCATION".equals(destination);
    }
}
