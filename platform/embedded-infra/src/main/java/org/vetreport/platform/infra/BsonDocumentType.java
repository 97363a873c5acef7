package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the H2 backend stores its documents: as BSON. H2's default type writes an object it does not know, such as a
 * document, with Java serialization, a new object stream with every class description for each document, each time
 * the page holding it is written; with the pages rewritten on every commit that was a quarter of the server's time
 * under a steady stream of writes, and reading evicted pages back as much again. BSON, which the server speaks
 * anyway, is several times cheaper both ways and smaller on disk.
 * <p>
 * A document is written as a tag ObjectDataType never writes (its tags are 0 to 119), the length and the BSON, so a
 * data file written before, with every document Java-serialized, still reads: anything else is read as
 * ObjectDataType reads it, and rewritten as BSON when its page is next written.
 */
final class BsonDocumentType extends ObjectDataType {

    static final byte BSON = (byte) 0xBD;

    // the memory a document takes, estimated as H2's own type does for serialized objects (a moving average) rather
    // than per document, which would encode it once more on every insertion into a page; in memory a document
    // takes several times its BSON size
    private static final int MEMORY_PER_BSON_BYTE = 4;
    private volatile int averageMemory = 1024;

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageMemory : super.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document document)) {
            super.write(buffer, value);
            return;
        }
        ByteBuf bson = Unpooled.buffer(averageMemory / MEMORY_PER_BSON_BYTE + 64);
        try {
            BsonEncoder.encodeDocument(document, bson);
            int length = bson.readableBytes();
            averageMemory = (int) ((length * MEMORY_PER_BSON_BYTE + 15L * averageMemory) / 16);
            buffer.put(BSON).putVarInt(length).put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return super.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice(buffer.position(), length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }
}
