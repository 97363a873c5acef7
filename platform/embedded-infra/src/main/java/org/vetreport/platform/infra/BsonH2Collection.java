package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * A collection of the H2 backend that stores each document as its BSON bytes, encoded when it is written, instead of
 * the document itself. The plain backend's collection puts the server's document objects into H2's map, and H2 writes
 * them with Java serialization, a new object stream for every document each time the page holding it is stored, on
 * its own thread, while the server goes on with the same objects: under a steady stream of writes that was a quarter
 * of the server's time, and reading pages back as much again. A byte array is copied as it is, and what H2 writes is
 * a snapshot the server can no longer change. A document is decoded each time it is read.
 * <p>
 * A data file written before keeps its Java-serialized documents: they are read as they are and stored as BSON when
 * next written. The collection does not keep its data size: the plain one encodes every document once more to add
 * up the sizes, and writes the sum on every write, for {@code collStats} alone, which the platform never asks for.
 */
final class BsonH2Collection extends AbstractSynchronizedMongoCollection<Object> {

    private final MVMap<Object, Object> documents;

    BsonH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Object> documents,
                     CursorRegistry cursors) {
        super(database, name, options, cursors);
        this.documents = documents;
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        // not tracked (see tracksDataSize), so the server never calls this
    }

    @Override
    protected int getDataSize() {
        return 0;
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object id = getIdField() == null ? UUID.randomUUID() : Utils.getSubdocumentValue(document, getIdField());
        Object previous = documents.put(Missing.ofNullable(id), encode(document));
        if (previous != null) {
            throw new IllegalStateException("a document with _id " + id + " is stored already in " + getFullName());
        }
        return id;
    }

    @Override
    public int count() {
        return documents.size();
    }

    @Override
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    @Override
    protected Document getDocument(Object position) {
        return decode(documents.get(position));
    }

    @Override
    protected void removeDocument(Object position) {
        if (documents.remove(position) == null) {
            throw new NoSuchElementException("no document with _id " + position + " in " + getFullName());
        }
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return documents.entrySet().stream()
                .map(entry -> new DocumentWithPosition<>(decode(entry.getValue()), entry.getKey()));
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                         int batchSize, Document fieldSelector) {
        Stream<Document> stored = isNaturalDescending(orderBy)
                ? streamAllDocumentsWithPosition()
                        .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                        .map(DocumentWithPosition::getDocument)
                : documents.values().stream().map(BsonH2Collection::decode);
        return matchDocumentsFromStream(stored, query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        documents.put(Missing.ofNullable(position), encode(newDocument));
    }

    private static byte[] encode(Document document) {
        ByteBuf bson = Unpooled.buffer(1024);
        try {
            BsonEncoder.encodeDocument(document, bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } finally {
            bson.release();
        }
    }

    /** The document stored, as BSON or, in a data file written before, as the document itself; null if none. */
    private static Document decode(Object stored) {
        if (stored instanceof byte[] bson) {
            return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
        }
        return (Document) stored;
    }
}
