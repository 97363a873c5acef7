package org.vetreport.report.narrative;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.error.PayloadTooLargeException;

/**
 * Images of the narrative, each a single MongoDB document holding its bytes. GridFS would work too (a 3 MB file
 * made the round trip through the driver on the embedded mongo-java-server 1.47 memory backend), but images are
 * capped far below a document's 16 MB, and one document is written atomically in one step, with no chunks left
 * behind by a failed upload.
 */
@Component
public class ImageStore {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final MongoCollection<Document> collection;
    private final long maxBytes;

    ImageStore(MongoDatabase database, @Value("${report.images.max-size:5MB}") DataSize maxSize) {
        this.collection = database.getCollection("report_images");
        this.maxBytes = maxSize.toBytes();
    }

    /**
     * Keeps an uploaded image once checked: PNG or JPEG by its first bytes, whatever the request claimed, and no
     * larger than the limit.
     */
    public StoredImage save(String school, byte[] bytes, String actor, Instant at) {
        if (bytes.length > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
        }
        String contentType = contentType(bytes).orElseThrow(() -> InvalidInputException.of("image",
                "must be a PNG or JPEG image (recognised by its first bytes); this one is neither"));
        String id = id(bytes);
        collection.replaceOne(eq("_id", school + ":" + id), new Document("_id", school + ":" + id).append("school", school)
                        .append("id", id).append("contentType", contentType).append("size", bytes.length)
                        .append("bytes", new Binary(bytes)).append("by", actor).append("at", Date.from(at)),
                new ReplaceOptions().upsert(true));
        return new StoredImage(id, contentType, bytes);
    }

    public Optional<StoredImage> find(String school, String id) {
        Document document = collection.find(eq("_id", school + ":" + id)).first();
        return Optional.ofNullable(document).map(found -> new StoredImage(found.getString("id"),
                found.getString("contentType"), found.get("bytes", Binary.class).getData()));
    }

    static Optional<String> contentType(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String id(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
