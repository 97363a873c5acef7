package org.vetreport.platform.kit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.vetreport.platform.infra.MongoWireServer;

/**
 * An in-memory MongoDB wire server for one test class, reached through the real driver; each test takes a
 * database of its own. Register it as {@code @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();}.
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterAllCallback {

    private MongoWireServer server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = MongoWireServer.inMemory();
        client = MongoClients.create(server.connectionString());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        server.close();
    }

    /** A database no other test uses, named {@code <prefix>-<random>}. */
    public MongoDatabase freshDatabase(String prefix) {
        return client.getDatabase(prefix + "-" + UUID.randomUUID());
    }
}
