package org.vetreport.system;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.infra.KraftBroker;
import org.vetreport.platform.infra.MongoWireServer;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ServiceProcess;
import org.vetreport.platform.test.TestTokens;

/**
 * The whole platform as users run it: the built jars of every service and of the gateway as separate
 * processes, on a real Kafka broker and a MongoDB wire server in this JVM. Started once for all system tests.
 */
final class PlatformStack {

    static final List<String> SERVICES = List.of(
            "student-service", "faculty-service", "finance-service", "training-service", "report-service");

    private static PlatformStack running;

    private final KraftBroker kafka;
    private final MongoWireServer mongo;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();

    private PlatformStack() {
        Path root = Path.of(System.getProperty("platform.root", ".."));
        String version = System.getProperty("platform.version", "0.1.0-SNAPSHOT");
        Path logs = root.resolve("system-tests/target/service-logs");
        try {
            kafka = new KraftBroker(Files.createTempDirectory("kraft-system"), 0).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mongo = MongoWireServer.inMemory();
        Map<String, String> infrastructure = new LinkedHashMap<>(TestTokens.shared().resourceServerProperties());
        infrastructure.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        infrastructure.put("spring.mongodb.uri", mongo.connectionString());
        // RedeliveryIT puts an event back into an outbox behind the relay's back, as a crash would leave it
        infrastructure.put("platform.outbox.scan-interval", "2s");
        Map<String, String> gatewayRoutes = new LinkedHashMap<>(TestTokens.shared().resourceServerProperties());
        List<ServiceProcess> starting = new ArrayList<>();
        for (String service : SERVICES) {
            ServiceProcess process = ServiceProcess.start(service, jar(root, service, version), logs, infrastructure);
            processes.put(service, process);
            starting.add(process);
            gatewayRoutes.put("platform.services." + service, process.baseUrl());
        }
        ServiceProcess gateway = ServiceProcess.start("gateway", jar(root, "gateway", version), logs, gatewayRoutes);
        processes.put("gateway", gateway);
        starting.add(gateway);
        starting.forEach(process -> process.awaitReady(Duration.ofSeconds(180)));
    }

    static synchronized PlatformStack get() {
        if (running == null) {
            running = new PlatformStack();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "platform-stack-shutdown"));
        }
        return running;
    }

    private static Path jar(Path root, String module, String version) {
        return root.resolve(module).resolve("target").resolve(module + "-" + version + "-exec.jar");
    }

    ApiClient gateway() {
        return new ApiClient(processes.get("gateway").baseUrl());
    }

    /** The gateway, called with a token of one role for the given schools. */
    ApiClient gateway(Role role, String... schools) {
        return gateway().withToken(TestTokens.shared().token(role, schools));
    }

    ServiceProcess process(String name) {
        return processes.get(name);
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Stops the broker, keeping its data; the services keep running and keep trying to reach it. */
    void stopKafka() {
        kafka.stop();
    }

    /** Starts the stopped broker again on the same port with the same data. */
    void startKafka() {
        kafka.start();
    }

    /**
     * The report service's copy of a topic in its active replica generation, e.g. {@code student_majors_v1}: a
     * rebuild (AccessMatrixIT starts one) switches the replica to collections of a new generation.
     */
    static MongoCollection<Document> activeReplica(MongoClient mongo, String topicCollection) {
        MongoDatabase report = mongo.getDatabase("report-service");
        Document active = report.getCollection("replica_generation").find(eq("_id", "active")).first();
        int generation = active == null ? 1 : active.getInteger("generation");
        return report.getCollection("replica_" + (generation == 1 ? "" : "g" + generation + "_") + topicCollection);
    }

    MongoClient mongo() {
        return MongoClients.create(mongo.connectionString());
    }

    private void stop() {
        List<ServiceProcess> all = new ArrayList<>(processes.values());
        java.util.Collections.reverse(all);
        all.forEach(ServiceProcess::close);
        kafka.close();
        mongo.close();
    }
}
