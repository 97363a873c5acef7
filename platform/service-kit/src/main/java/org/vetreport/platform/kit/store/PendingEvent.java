package org.vetreport.platform.kit.store;

import java.time.Instant;
import org.bson.Document;

/**
 * An event waiting in an entity's outbox, stored in the entity's own document by the same write that changed
 * the entity.
 *
 * @param snapshot the entity after the change, {@code null} for a deletion
 */
public record PendingEvent(String id, String type, Instant time, long version, String actor, Document snapshot) {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String TIME = "time";
    static final String VERSION = "version";
    static final String ACTOR = "actor";
    static final String SNAPSHOT = "snapshot";

    Document toDocument() {
        return new Document(ID, id).append(TYPE, type).append(TIME, java.util.Date.from(time))
                .append(VERSION, version).append(ACTOR, actor).append(SNAPSHOT, snapshot);
    }

    static PendingEvent fromDocument(Document document) {
        return new PendingEvent(document.getString(ID), document.getString(TYPE),
                document.getDate(TIME).toInstant(), document.get(VERSION, Number.class).longValue(),
                document.getString(ACTOR), document.get(SNAPSHOT, Document.class));
    }
}
