package org.vetreport.student.student;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;
import org.vetreport.student.major.Major;

@Component
class StudentImport implements Importable<StudentRequest, Student> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("学号", "studentNo"), Map.entry("姓名", "name"), Map.entry("性别", "gender"),
            Map.entry("身份证号", "idNumber"), Map.entry("身份证号码", "idNumber"), Map.entry("出生日期", "birthDate"),
            Map.entry("专业代码", "majorCode"), Map.entry("班级", "className"), Map.entry("学制", "programme"),
            Map.entry("培养模式", "programme"), Map.entry("全日制", "fullTime"), Map.entry("入学日期", "enrolledOn"),
            Map.entry("预计毕业日期", "expectedGraduationOn"));

    private final EntityStore<Student> students;
    private final EntityStore<Major> majors;

    StudentImport(EntityStore<Student> students, EntityStore<Major> majors) {
        this.students = students;
        this.majors = majors;
    }

    @Override
    public String resource() {
        return "students";
    }

    @Override
    public Class<StudentRequest> rowType() {
        return StudentRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Student> store() {
        return students;
    }

    /** Loads the school's majors and stored students once, not once per row. */
    @Override
    public RowConverter<StudentRequest, Student> converter(String school) {
        Set<String> majorCodes = majors.all(school, null).stream().map(Major::code).collect(Collectors.toSet());
        Map<String, Student> stored = new HashMap<>();
        students.all(school, null).forEach(student -> stored.put(student.studentNo(), student));
        return row -> {
            if (row.studentNo() == null || row.studentNo().isBlank()) {
                throw InvalidInputException.of("studentNo", "is required in an import row");
            }
            Student student = StudentDrafts.from(row, row.studentNo(), stored.get(row.studentNo()), majorCodes::contains);
            return new Keyed<>(student.studentNo(), student);
        };
    }
}
