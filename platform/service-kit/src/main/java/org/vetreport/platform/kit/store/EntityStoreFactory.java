package org.vetreport.platform.kit.store;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.vetreport.platform.kit.lock.LockedPeriods;
import tools.jackson.databind.json.JsonMapper;

/** Creates the {@link EntityStore} of each entity type a service owns, all wired to the same outbox relay. */
public final class EntityStoreFactory {

    private final MongoDatabase database;
    private final JsonMapper json;
    private final Clock clock;
    private final String source;
    private final Runnable onPendingEvent;
    private final LockedPeriods locks;

    public EntityStoreFactory(MongoDatabase database, JsonMapper json, Clock clock, String source,
                              Runnable onPendingEvent, LockedPeriods locks) {
        this.database = database;
        this.json = json;
        this.clock = clock;
        this.source = source;
        this.onPendingEvent = onPendingEvent;
        this.locks = locks;
    }

    public <T> EntityStore<T> create(EntityType<T> type) {
        return new EntityStore<>(type, database, json, clock, source, onPendingEvent, locks);
    }
}
