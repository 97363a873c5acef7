package org.vetreport.faculty.honour;

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
class HonourImport implements Importable<HonourRequest, Honour> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("工号", "staffNo"), Map.entry("荣誉称号", "title"), Map.entry("荣誉", "title"),
            Map.entry("级别", "level"), Map.entry("获得日期", "awardedOn"), Map.entry("授予日期", "awardedOn"));

    private final EntityStore<Honour> honours;
    private final EntityStore<Staff> staff;

    HonourImport(EntityStore<Honour> honours, EntityStore<Staff> staff) {
        this.honours = honours;
        this.staff = staff;
    }

    @Override
    public String resource() {
        return "honours";
    }

    @Override
    public Class<HonourRequest> rowType() {
        return HonourRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<Honour> store() {
        return honours;
    }

    /** Loads the school's staff numbers once, not once per row. */
    @Override
    public RowConverter<HonourRequest, Honour> converter(String school) {
        Set<String> staffNos = StaffNumbers.of(staff, school);
        return row -> {
            Honour honour = HonourDrafts.from(row, staffNos::contains);
            return new Keyed<>(honour.key(), honour);
        };
    }
}
