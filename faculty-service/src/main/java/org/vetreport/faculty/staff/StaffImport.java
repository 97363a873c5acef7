package org.vetreport.faculty.staff;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

/**
 * Staff in bulk. A spreadsheet row gives the qualifications when hired as plain columns (学历, 学位, 职称, 双师型,
 * effective from 入职日期); a JSON row may give the whole history instead.
 */
@Component
class StaffImport implements Importable<StaffRequest, Staff> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("工号", "staffNo"), Map.entry("教工号", "staffNo"), Map.entry("姓名", "name"),
            Map.entry("性别", "gender"), Map.entry("出生日期", "birthDate"), Map.entry("编制", "employment"),
            Map.entry("用工形式", "employment"), Map.entry("岗位", "role"), Map.entry("岗位类别", "role"),
            Map.entry("任教", "teaches"), Map.entry("任教学科", "teaches"), Map.entry("任教课程", "teaches"),
            Map.entry("课程类别", "courseCategory"), Map.entry("入职日期", "hiredOn"), Map.entry("来校日期", "hiredOn"),
            Map.entry("离职日期", "leftOn"), Map.entry("学历", "education"), Map.entry("最高学历", "education"),
            Map.entry("学位", "degree"), Map.entry("最高学位", "degree"), Map.entry("职称", "title"),
            Map.entry("专业技术职称", "title"), Map.entry("双师型", "dualQualified"),
            Map.entry("双师型教师", "dualQualified"));

    private final EntityStore<Staff> staff;

    StaffImport(EntityStore<Staff> staff) {
        this.staff = staff;
    }

    @Override
    public String resource() {
        return "staff";
    }

    @Override
    public Class<StaffRequest> rowType() {
        return StaffRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Staff> store() {
        return staff;
    }

    /** Loads the school's stored staff once, not once per row, to continue their histories. */
    @Override
    public RowConverter<StaffRequest, Staff> converter(String school) {
        Map<String, Staff> stored = new HashMap<>();
        staff.all(school, null).forEach(member -> stored.put(member.staffNo(), member));
        return row -> {
            if (row.staffNo() == null || row.staffNo().isBlank()) {
                throw InvalidInputException.of("staffNo", "is required in an import row");
            }
            Staff member = StaffDrafts.from(row, row.staffNo(), stored.get(row.staffNo()));
            return new Keyed<>(member.staffNo(), member);
        };
    }
}
