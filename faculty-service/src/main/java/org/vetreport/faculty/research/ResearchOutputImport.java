package org.vetreport.faculty.research;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.vetreport.faculty.staff.Staff;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

/** Outputs in bulk, each stored under the key its content gives, so the same file imported again changes nothing. */
@Component
class ResearchOutputImport implements Importable<ResearchOutputRequest, ResearchOutput> {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("成果类型", "type"), Map.entry("类型", "type"), Map.entry("题目", "title"),
            Map.entry("成果名称", "title"), Map.entry("名称", "title"), Map.entry("级别", "level"), Map.entry("日期", "date"),
            Map.entry("工号", "staffNos"), Map.entry("完成人工号", "staffNos"), Map.entry("作者工号", "staffNos"));

    private final EntityStore<ResearchOutput> outputs;
    private final EntityStore<Staff> staff;

    ResearchOutputImport(EntityStore<ResearchOutput> outputs, EntityStore<Staff> staff) {
        this.outputs = outputs;
        this.staff = staff;
    }

    @Override
    public String resource() {
        return "research-outputs";
    }

    @Override
    public Class<ResearchOutputRequest> rowType() {
        return ResearchOutputRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<ResearchOutput> store() {
        return outputs;
    }

    /** Loads the school's staff numbers once, not once per row. */
    @Override
    public RowConverter<ResearchOutputRequest, ResearchOutput> converter(String school) {
        Set<String> staffNos = StaffNumbers.of(staff, school);
        return row -> {
            ResearchOutput output = ResearchOutputDrafts.from(row, staffNos::contains);
            return new Keyed<>(output.importKey(), output);
        };
    }
}
