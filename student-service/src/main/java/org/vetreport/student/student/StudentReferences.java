package org.vetreport.student.student;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.store.EntityStore;

/** The students of a school as the records referring to them (assessments, certificates, ...) see them. */
@Component
public class StudentReferences {

    private final EntityStore<Student> students;

    StudentReferences(EntityStore<Student> students) {
        this.students = students;
    }

    /** For a single write: one lookup of the one student it names. */
    public Predicate<String> of(String school) {
        return studentNo -> students.contains(school, studentNo);
    }

    /** For an import: every student number of the school, loaded once rather than once per row. */
    public Predicate<String> loadAll(String school) {
        Set<String> numbers = students.all(school, null).stream().map(Student::studentNo).collect(Collectors.toSet());
        return numbers::contains;
    }

    /**
     * Builds a record that refers to a student, reporting a student unknown to the school together with every rule
     * the record itself breaks.
     *
     * @throws InvalidInputException listing every problem, the unknown student under {@code studentNo}
     */
    public static <T> T referring(String studentNo, Predicate<String> known, Supplier<T> record) {
        List<FieldError> errors = new ArrayList<>();
        if (Student.isNumber(studentNo) && !known.test(studentNo)) {
            errors.add(new FieldError("studentNo", "'" + studentNo + "' is not a student of this school; record the "
                    + "student first"));
        }
        try {
            T value = record.get();
            if (errors.isEmpty()) {
                return value;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }
}
