package org.vetreport.training.room;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.Importable;
import org.vetreport.platform.kit.importing.RowConverter;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Keyed;

@Component
class TrainingRoomImport implements Importable<TrainingRoomRequest, TrainingRoom> {

    static final String COLUMNS = "实训室编号, 名称, 实训基地, 专业 (several separated by ',', ';' or '、'), 面积, 工位数, "
            + "启用日期, 停用日期";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("实训室编号", "code"), Map.entry("编号", "code"), Map.entry("名称", "name"),
            Map.entry("实训室名称", "name"), Map.entry("实训基地", "base"), Map.entry("专业", "majorCodes"),
            Map.entry("专业代码", "majorCodes"), Map.entry("面积", "area"), Map.entry("面积（平方米）", "area"),
            Map.entry("工位数", "workstations"), Map.entry("工位", "workstations"), Map.entry("启用日期", "openedOn"),
            Map.entry("停用日期", "closedOn"));

    private final EntityStore<TrainingRoom> rooms;

    TrainingRoomImport(EntityStore<TrainingRoom> rooms) {
        this.rooms = rooms;
    }

    @Override
    public String resource() {
        return "training-rooms";
    }

    @Override
    public Class<TrainingRoomRequest> rowType() {
        return TrainingRoomRequest.class;
    }

    @Override
    public Map<String, String> headerAliases() {
        return ALIASES;
    }

    @Override
    public EntityStore<TrainingRoom> store() {
        return rooms;
    }

    @Override
    public RowConverter<TrainingRoomRequest, TrainingRoom> converter(String school) {
        return row -> {
            if (row.code() == null || row.code().isBlank()) {
                throw InvalidInputException.of("code", "is required in an import row");
            }
            TrainingRoom room = row.toRoom(row.code());
            return new Keyed<>(room.code(), room);
        };
    }
}
