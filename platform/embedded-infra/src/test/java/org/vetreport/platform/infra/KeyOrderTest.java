package org.vetreport.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

    private final KeyOrder order = new KeyOrder();

    @Test
    void aKeyIsWrittenWithItsOwnTagAndReadBackEqual() {
        KeyValue key = new KeyValue("school-1", "school-1:0042", 7L, 2.5, Missing.getInstance(), null);

        ByteBuffer written = write(order, key);

        assertThat(written.get(0)).isEqualTo(KeyOrder.KEY);
        assertThat(order.read(written)).isEqualTo(key);
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void aKeyJavaSerializedByH2sDefaultTypeIsStillRead() {
        KeyValue key = new KeyValue("school-1", 3);

        ByteBuffer written = write(new ObjectDataType(), key);

        assertThat(order.read(written)).isEqualTo(key);
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void theMemoryOfAKeyGrowsWithItsValuesRatherThanWithASerializedAverage() {
        assertThat(order.getMemory(new KeyValue("a"))).isLessThan(order.getMemory(new KeyValue("a", "b".repeat(100))));
        assertThat(order.getMemory(new KeyValue("a", "b".repeat(100)))).isLessThan(1_000);
    }

    private static ByteBuffer write(ObjectDataType type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        return buffer.getBuffer().flip();
    }
}
