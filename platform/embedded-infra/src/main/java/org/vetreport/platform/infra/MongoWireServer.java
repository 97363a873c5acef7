package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server speaking the MongoDB wire protocol (mongo-java-server), reached through the real MongoDB driver.
 * It supports the subset of MongoDB the platform limits itself to: single-document atomic writes, indexes,
 * aggregation; no sessions or multi-document transactions.
 */
public final class MongoWireServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoWireServer.class);

    private final MongoServer server;
    private final String host;
    private final int port;
    private final String description;

    private MongoWireServer(MongoBackend backend, String host, int port, String description) {
        this.server = new MongoServer(backend);
        this.host = host;
        this.description = description;
        server.bind(host, port);
        this.port = server.getLocalAddress().getPort();
        log.info("MongoDB wire server ({}) listening on {}:{}", description, host, this.port);
    }

    /** Data lives in memory and is gone with the process: for tests. */
    public static MongoWireServer inMemory() {
        return new MongoWireServer(new SchoolIndexedMemoryBackend(), "localhost", 0, "memory");
    }

    /** Data lives in an H2 file and survives restarts: for the local stack. */
    public static MongoWireServer persistent(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MongoWireServer(new KeyOrderedH2Backend(file.toString()), "localhost", port, "H2 file " + file);
    }

    public String connectionString() {
        return "mongodb://" + host + ":" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown();
        log.info("MongoDB wire server ({}) stopped", description);
    }
}
