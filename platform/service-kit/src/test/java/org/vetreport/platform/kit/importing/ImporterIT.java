package org.vetreport.platform.kit.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.InMemoryMongo;
import org.vetreport.platform.kit.lock.LockedPeriods;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityType;
import org.vetreport.platform.kit.store.Keyed;
import tools.jackson.databind.json.JsonMapper;

/** The write pass of an import: every batch written in order, and a batch that fails ends the import there. */
class ImporterIT {

    record Thing(String code, String name) {
    }

    record ThingRow(@NotBlank String code, @NotBlank String name) {
    }

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final AtomicInteger writes = new AtomicInteger();
    private volatile int failingWrite;
    private final EntityStore<Thing> store = new EntityStore<>(EntityType.of("thing", Thing.class, Topics.STUDENT_MAJORS),
            mongo.freshDatabase("importer"), JsonMapper.builder().build(), Clock.systemUTC(), "/test", () -> {
                if (writes.incrementAndGet() == failingWrite) {
                    throw new IllegalStateException("write " + failingWrite + " failed after it was stored");
                }
            }, LockedPeriods.noneLocked());
    private final Importer importer = new Importer(JsonMapper.builder().build(),
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void writesEveryGoodRowOfEveryBatchBeforeItAnswers() {
        ImportReport report = importer.run(things(), "s", csv(1234), "text/csv", ImportMode.ALL_OR_NOTHING, false, "clerk");

        assertThat(report.created()).isEqualTo(1234);
        assertThat(writes).hasValue(3);
        assertThat(store.list("s", null, 0, 1).total()).isEqualTo(1234);
    }

    @Test
    void aBatchThatFailsFailsTheImportAndNoLaterBatchIsWritten() {
        failingWrite = 2;

        assertThatThrownBy(() -> importer.run(things(), "s", csv(2200), "text/csv", ImportMode.ALL_OR_NOTHING, false,
                "clerk")).isInstanceOf(IllegalStateException.class).hasMessage("write 2 failed after it was stored");

        assertThat(writes).hasValue(2);
        assertThat(store.list("s", null, 0, 1).total()).isEqualTo(1000);
    }

    private Importable<ThingRow, Thing> things() {
        return new Importable<>() {
            @Override
            public String resource() {
                return "things";
            }

            @Override
            public Class<ThingRow> rowType() {
                return ThingRow.class;
            }

            @Override
            public Map<String, String> headerAliases() {
                return Map.of();
            }

            @Override
            public EntityStore<Thing> store() {
                return store;
            }

            @Override
            public RowConverter<ThingRow, Thing> converter(String school) {
                return row -> new Keyed<>(row.code(), new Thing(row.code(), row.name()));
            }
        };
    }

    private static ByteArrayInputStream csv(int rows) {
        String lines = IntStream.range(0, rows).mapToObj(i -> "T" + i + ",thing " + i).collect(Collectors.joining("\n"));
        return new ByteArrayInputStream(("code,name\n" + lines + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
