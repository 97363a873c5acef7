package org.vetreport.faculty.elective;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.vetreport.faculty.staff.Staff;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

@Component
class ElectiveImport implements Importable<ElectiveRequest, Elective> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("课程代码", "code"), Map.entry("课程编号", "code"), Map.entry("课程名称", "title"),
            Map.entry("学年", "year"), Map.entry("学期", "term"), Map.entry("任课教师", "teacherStaffNos"),
            Map.entry("任课教师工号", "teacherStaffNos"), Map.entry("选课人数", "enrolledStudents"),
            Map.entry("线上", "online"), Map.entry("线上课程", "online"));

    private final EntityStore<Elective> electives;
    private final EntityStore<Staff> staff;

    ElectiveImport(EntityStore<Elective> electives, EntityStore<Staff> staff) {
        this.electives = electives;
        this.staff = staff;
    }

    @Override
    public String resource() {
        return "electives";
    }

    @Override
    public Class<ElectiveRequest> rowType() {
        return ElectiveRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Elective> store() {
        return electives;
    }

    /** Loads the school's staff numbers once, not once per row. */
    @Override
    public RowConverter<ElectiveRequest, Elective> converter(String school) {
        Set<String> staffNos = StaffNumbers.of(staff, school);
        return row -> {
            Elective elective = ElectiveDrafts.from(row, staffNos::contains);
            return new Keyed<>(elective.key(), elective);
        };
    }
}
