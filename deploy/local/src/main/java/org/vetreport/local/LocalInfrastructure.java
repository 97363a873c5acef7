package org.vetreport.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * (9092), {@code local.kafka.controller-port} (9093), {@code local.mongodb.port} (27017), {@code local.components}
 * (which of {@code kafka}, {@code mongodb}, {@code issuer} to run, comma-separated; default all three). Running the
 * broker in a process of its own ({@code local.components=kafka} beside {@code mongodb,issuer}) lets it be stopped
 * and started alone, as {@code bench/fault-broker-outage.sh} does.
 */
public final class LocalInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(LocalInfrastructure.class);

    enum Component { KAFKA, MONGODB, ISSUER }

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws InterruptedException {
        Set<Component> components = components(System.getProperty("local.components", ""));
        Path data = Path.of(System.getProperty("local.data", "deploy/local/run/data")).toAbsolutePath();
        // stopped in this order: the issuer, the broker, the database last
        List<AutoCloseable> stopOrder = new ArrayList<>();
        List<String> ready = new ArrayList<>();
        if (components.contains(Component.KAFKA)) {
            KraftBroker kafka = new KraftBroker(data.resolve("kafka"), Integer.getInteger("local.kafka.port", 9092),
                    Integer.getInteger("local.kafka.controller-port", 9093)).start();
            stopOrder.add(kafka);
            ready.add("kafka=" + kafka.bootstrapServers());
        }
        if (components.contains(Component.MONGODB)) {
            MongoWireServer mongo = MongoWireServer.persistent(data.resolve("mongodb").resolve("platform.mv"),
                    Integer.getInteger("local.mongodb.port", 27017));
            stopOrder.add(mongo);
            ready.add("mongodb=" + mongo.connectionString());
        }
        if (components.contains(Component.ISSUER)) {
            stopOrder.add(0, new DevelopmentIssuerServer(data.resolve("development-issuer").resolve("signing-key.json")));
            ready.add("issuer=" + DevelopmentIssuer.ISSUER);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopOrder.forEach(LocalInfrastructure::close),
                "local-infrastructure-shutdown"));
        log.info("READY {}", String.join(" ", ready));
        Thread.currentThread().join();
    }

    /** The components a {@code local.components} value names; blank means all of them. */
    static Set<Component> components(String value) {
        if (value.isBlank()) {
            return EnumSet.allOf(Component.class);
        }
        Set<Component> selected = EnumSet.noneOf(Component.class);
        for (String name : value.split(",")) {
            try {
                selected.add(Component.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("local.components must list kafka, mongodb or issuer, separated by "
                        + "commas, but names '" + name.trim() + "'; allowed: " + Arrays.toString(Component.values()), e);
            }
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("local.components names no component; allowed: kafka, mongodb, issuer");
        }
        return selected;
    }

    private static void close(AutoCloseable component) {
        try {
            component.close();
        } catch (Exception e) {
            log.warn("Could not stop {} cleanly", component, e);
        }
    }
}
