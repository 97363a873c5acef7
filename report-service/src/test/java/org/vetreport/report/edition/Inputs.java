package org.vetreport.report.edition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vetreport.report.template.Figure;
import org.vetreport.report.template.SchoolInfo;
import org.vetreport.report.template.YearValue;

/** Small report inputs for tests. */
final class Inputs {

    private Inputs() {
    }

    static Figure figure(String id, String nameZh, String unit, String value) {
        BigDecimal v = value == null ? null : new BigDecimal(value);
        return new Figure(id, nameZh, unit, v, null, null, null, v, null, List.of());
    }

    static ReportInputs of(String template, Map<String, String> narrative, Figure... figures) {
        Map<String, Figure> byId = new TreeMap<>();
        for (Figure figure : figures) {
            byId.put(figure.id(), figure);
        }
        return new ReportInputs("jxtc", 2020, template,
                new SchoolInfo("jxtc", "九江市中等专业学校", "九江市教育局", null, List.of("国家级示范校"), null),
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), new TreeMap<>(byId),
                new TreeMap<>(Map.of("students.enrolled", List.of(new YearValue(2019, new BigDecimal("6000")),
                        new YearValue(2020, new BigDecimal("6324"))))),
                new TreeMap<>(narrative), List.of(), Instant.parse("2021-03-01T08:00:00Z"));
    }
}
