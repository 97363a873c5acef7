package org.vetreport.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class BsonDocumentTypeTest {

    private final BsonDocumentType type = new BsonDocumentType();

    @Test
    void aDocumentIsWrittenAsTaggedBsonAndReadBackEqual() {
        Document document = new Document("_id", "s:1").append("version", 2L).append("at", Instant.ofEpochMilli(5))
                .append("data", new Document("list", List.of(1, "a")));

        ByteBuffer written = write(type, document);

        assertThat(written.get(0)).isEqualTo(BsonDocumentType.BSON);
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void aDocumentJavaSerializedByH2sDefaultTypeIsStillRead() {
        Document document = new Document("_id", "s:1").append("n", 1);

        ByteBuffer written = write(new ObjectDataType(), document);

        assertThat(type.read(written)).isEqualTo(document);
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void valuesThatAreNotDocumentsAreStoredAsH2sDefaultTypeStoresThem() {
        ByteBuffer written = write(type, "position");

        assertThat(written).isEqualTo(write(new ObjectDataType(), "position"));
        assertThat(type.read(written)).isEqualTo("position");
    }

    private static ByteBuffer write(ObjectDataType type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        return buffer.getBuffer().flip();
    }
}
