package org.vetreport.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vetreport.platform.infra.KraftBroker;
import org.vetreport.platform.infra.MongoWireServer;

/**
 * A real Kafka broker in KRaft mode and an in-memory MongoDB wire server inside the test JVM, started once per
 * JVM and shared by every test in it. Needs nothing installed but Java.
 */
final class EmbeddedInfrastructure implements Infrastructure {

    private static EmbeddedInfrastructure shared;

    private final KraftBroker kafka;
    private final MongoWireServer mongo;

    private EmbeddedInfrastructure() {
        try {
            Path dir = Files.createTempDirectory("kraft-test");
            kafka = new KraftBroker(dir, 0).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mongo = MongoWireServer.inMemory();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            mongo.close();
        }, "embedded-infrastructure-shutdown"));
    }

    static synchronized EmbeddedInfrastructure shared() {
        if (shared == null) {
            shared = new EmbeddedInfrastructure();
        }
        return shared;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    @Override
    public void stopKafka() {
        kafka.stop();
    }

    @Override
    public void startKafka() {
        kafka.start();
    }
}
