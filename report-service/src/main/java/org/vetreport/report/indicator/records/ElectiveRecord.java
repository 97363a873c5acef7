package org.vetreport.report.indicator.records;

import java.util.List;

/** An elective course; {@code year} is the school year it starts in (2020 for 2020–2021), term 1 autumn, 2 spring. */
public record ElectiveRecord(String code, Integer year, Integer term, List<String> teacherStaffNos,
                             Integer enrolledStudents, boolean online) {
}
