package org.vetreport.local;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vetreport.platform.access.DevelopmentIssuer;
import org.vetreport.platform.infra.KraftBroker;
import org.vetreport.platform.infra.MongoWireServer;

/**
 * The infrastructure of the local stack in one process: a real Kafka broker in KRaft mode, a MongoDB
 * wire-protocol server whose data lives in an H2 file, both keeping their data in {@code local.data} across
 * restarts, and the development token issuer on port 9000. Stops them cleanly on SIGTERM.
 *
 * <p>System properties: {@code local.data} (default {@code deploy/local/run/data}), {@code local.kafka.port}
 * (9092), {@code local.kafka.controller-port} (9093), {@code local.mongodb.port} (27017).
 */
public final class LocalInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(LocalInfrastructure.class);

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(System.getProperty("local.data", "deploy/local/run/data")).toAbsolutePath();
        KraftBroker kafka = new KraftBroker(data.resolve("kafka"), Integer.getInteger("local.kafka.port", 9092),
                Integer.getInteger("local.kafka.controller-port", 9093)).start();
        MongoWireServer mongo = MongoWireServer.persistent(data.resolve("mongodb").resolve("platform.mv"),
                Integer.getInteger("local.mongodb.port", 27017));
        DevelopmentIssuerServer issuer = new DevelopmentIssuerServer(data.resolve("development-issuer").resolve("signing-key.json"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            issuer.close();
            kafka.close();
            mongo.close();
        }, "local-infrastructure-shutdown"));
        log.info("READY kafka={} mongodb={} issuer={}", kafka.bootstrapServers(), mongo.connectionString(),
                DevelopmentIssuer.ISSUER);
        Thread.currentThread().join();
    }
}
