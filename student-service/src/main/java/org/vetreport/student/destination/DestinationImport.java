package org.vetreport.student.destination;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;
import org.vetreport.student.student.Student;

@Component
class DestinationImport implements Importable<DestinationRequest, Destination> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("学号", "studentNo"), Map.entry("毕业年份", "graduationYear"), Map.entry("毕业年度", "graduationYear"),
            Map.entry("去向", "destination"), Map.entry("毕业去向", "destination"), Map.entry("专业对口", "relevantToMajor"),
            Map.entry("本地就业", "local"), Map.entry("起薪", "firstMonthlySalary"), Map.entry("月起薪", "firstMonthlySalary"),
            Map.entry("就业单位", "employer"));

    private final EntityStore<Destination> destinations;
    private final EntityStore<Student> students;

    DestinationImport(EntityStore<Destination> destinations, EntityStore<Student> students) {
        this.destinations = destinations;
        this.students = students;
    }

    @Override
    public String resource() {
        return "destinations";
    }

    @Override
    public Class<DestinationRequest> rowType() {
        return DestinationRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Destination> store() {
        return destinations;
    }

    /** Loads the school's students once, not once per row. */
    @Override
    public RowConverter<DestinationRequest, Destination> converter(String school) {
        Map<String, Student> byNumber = new HashMap<>();
        students.all(school, null).forEach(student -> byNumber.put(student.studentNo(), student));
        return row -> {
            if (row.studentNo() == null || row.studentNo().isBlank()) {
                throw InvalidInputException.of("studentNo", "is required in an import row");
            }
            Destination destination = DestinationDrafts.from(row, row.studentNo(), byNumber::get);
            return new Keyed<>(destination.studentNo(), destination);
        };
    }
}
