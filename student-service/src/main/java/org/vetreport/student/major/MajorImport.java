package org.vetreport.student.major;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

@Component
class MajorImport implements Importable<MajorRequest, Major> {

    private final EntityStore<Major> majors;

    MajorImport(EntityStore<Major> majors) {
        this.majors = majors;
    }

    @Override
    public String resource() {
        return "majors";
    }

    @Override
    public Class<MajorRequest> rowType() {
        return MajorRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return Map.of("专业代码", "code", "专业名称", "name", "专业群", "group", "开设日期", "openedOn", "停办日期", "closedOn");
    }

    @Override
    public EntityStore<Major> store() {
        return majors;
    }

    @Override
    public RowConverter<MajorRequest, Major> converter(String school) {
        return row -> {
            if (row.code() == null || row.code().isBlank()) {
                throw InvalidInputException.of("code", "is required in an import row");
            }
            return new Keyed<>(row.code(), new Major(row.code(), row.name(), row.group(), row.openedOn(), row.closedOn()));
        };
    }
}
