package org.vetreport.platform.kit.store;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import tools.jackson.databind.json.JsonMapper;

/** Creates the {@link EntityStore} of each entity type a service owns, all wired to the same outbox relay. */
public final class EntityStoreFactory {

    private final MongoDatabase database;
    private final JsonMapper json;
    private final Clock clock;
    private final String source;
    private final Runnable onPendingEvent;

    public EntityStoreFactory(MongoDatabase database, JsonMapper json, Clock clock, String source,
                              Runnable onPendingEvent) {
        this.database = database;
        this.json = json;
        this.clock = clock;
        this.source = source;
        this.onPendingEvent = onPendingEvent;
    }

    public <T> EntityStore<T> create(EntityType<T> type) {
        return new EntityStore<>(type, database, json, clock, source, onPendingEvent);
    }
}
