package org.vetreport.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import ch.qos.logback.classic.Level;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vetreport.platform.events.Topics;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long a write takes to reach the report (run by hand against the local stack: {@code bench/freshness.sh}).
 * <p>
 * First the platform: students of one school change through the gateway at a steady rate, as a registrar's system
 * sends them, a small bulk import on a fixed schedule, each import sent when it is due however long earlier ones
 * take. The school has a fixed roster ({@code ROSTER} students, created by the first imports, then updated in turn
 * with a new class name each time), since an import reads the school's stored students first and an ever-growing
 * school would measure that instead. Each created or updated student is one change: the student service stores it
 * with its event, relays the event to Kafka, the report service applies it to its replica and records it in its
 * audit log. How many changes there were is read from the student service's store (the versions of the school's
 * students add up to the events they were announced by), not from the imports' reports, which under concurrent
 * writes to the same students can count fewer than were made. The lag of a change is the audit
 * entry's {@code recordedAt} (when the report service applied it) minus the event's {@code time} (when the student
 * service wrote it), both read from MongoDB once every change has arrived. Both clocks are this machine's.
 * <p>
 * Only the changes after a warm-up are measured: {@code WARMUP_SECONDS} (default 15) of the same imports at the same
 * rate, then a wait until the report service has applied all of them. On a stack just started the processes compile
 * their hot code in those seconds, which on 2 cores took as much CPU as the writes; the lag of the changes made then
 * (seconds, while it is tens of milliseconds after) tells how fast a cold stack warms up, not how fresh the report
 * is. {@code WARMUP_SECONDS=0} measures from a cold start.
 * <p>
 * Then the floor under it: a producer in this JVM sends records of the same count and rate to a scratch topic on the
 * same broker, a consumer in this JVM receives them; the lag of a record is receive time minus send time.
 */
public final class FreshnessBenchmark {

    private static final String MAJOR = "0101";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String kafka;
    private final String mongo;
    private final String school;
    private final String token;

    private FreshnessBenchmark(String gateway, String kafka, String mongo, String school, String token) {
        this.gateway = gateway;
        this.kafka = kafka;
        this.mongo = mongo;
        this.school = school;
        this.token = token;
    }

    /** Arguments: school, changes per second, seconds, students per import; the registrar's token in BENCH_TOKEN. */
    public static void main(String[] args) throws Exception {
        // the Kafka and MongoDB clients log every connection and their whole configuration at INFO
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        String school = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        int recordBytes = Integer.parseInt(System.getenv().getOrDefault("RECORD_BYTES", "1024"));
        int roster = Math.max(batch, Integer.parseInt(System.getenv().getOrDefault("ROSTER", "500")) / batch * batch);
        Duration waitLimit = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("WAIT_SECONDS", "300")));
        int warmupSeconds = Integer.parseInt(System.getenv().getOrDefault("WARMUP_SECONDS", "15"));
        FreshnessBenchmark benchmark = new FreshnessBenchmark(System.getenv().getOrDefault("GATEWAY", "http://localhost:8080"),
                System.getenv().getOrDefault("KAFKA", "localhost:9092"),
                System.getenv().getOrDefault("MONGODB", "mongodb://localhost:27017"), school,
                System.getenv("BENCH_TOKEN"));
        System.out.printf("# school %s: %,d changes/s for %d s in imports of %d of its %d students (one every %.1f ms), "
                + "after %d s of warm-up at that rate; raw Kafka: %d-byte records%n", school, rate, seconds, batch, roster,
                batch * 1000.0 / rate, warmupSeconds, recordBytes);

        Result platform = benchmark.platform(rate, seconds, batch, roster, warmupSeconds, waitLimit);
        Result raw = benchmark.rawKafka(rate, seconds, recordBytes, waitLimit);

        System.out.printf("%-34s %-9s %-9s %-10s %-9s %-9s %-9s %s%n", "path", "changes", "arrived", "per_s",
                "p50_ms", "p90_ms", "p99_ms", "max_ms");
        platform.print("gateway -> replica (audit)");
        raw.print("raw Kafka produce -> consume");
        double ratio = platform.percentile(0.99) / raw.percentile(0.99);
        System.out.printf("ratio of p99s (platform / raw Kafka): %.1f%n", ratio);
        boolean complete = platform.complete() && raw.complete() && platform.failures() == 0;
        System.out.printf("target lag p99 <= 1000 ms: %s%n", !complete ? "not measured (changes missing)"
                : platform.percentile(0.99) <= 1000 ? "met" : "missed");
        System.exit(complete ? 0 : 1);
    }

    private Result platform(int rate, int seconds, int batch, int roster, int warmupSeconds, Duration waitLimit)
            throws Exception {
        createMajor();
        try (MongoClient client = MongoClients.create(mongo)) {
            MongoCollection<Document> audit = client.getDatabase("report-service").getCollection("audit");
            Bson ofThisRun = and(eq("school", school), eq("topic", Topics.STUDENT_STUDENTS.name()));
            int imported = 0;
            long before = 0;
            if (warmupSeconds > 0) {
                Writes warmup = write(rate, warmupSeconds, batch, roster, 0);
                imported = warmup.imports();
                before = changes(client);
                long arrived = awaitAudit(audit, ofThisRun, before, waitLimit);
                System.out.printf("# warm-up (not measured): %,d students written in %.1f s, %d of %d imports failed; "
                        + "the audit held %,d of %,d changes %.1f s after the last import was answered%n",
                        warmup.rows(), warmup.seconds(), warmup.failures(), warmup.imports(), arrived, before,
                        (System.nanoTime() - warmup.lastAnswer()) / 1e9);
            }
            // the measured changes are the ones written from now on: every earlier one is in the audit already
            Date measuredFrom = new Date();
            Writes measured = write(rate, seconds, batch, roster, imported);
            long changes = changes(client) - before;
            long arrived = awaitAudit(audit, ofThisRun, before + changes, waitLimit) - before;
            System.out.printf("# the audit held %,d of %,d changes %.1f s after the last import was answered%n", arrived,
                    changes, (System.nanoTime() - measured.lastAnswer()) / 1e9);
            List<Double> lags = new ArrayList<>();
            audit.find(and(ofThisRun, gte("time", measuredFrom))).projection(Projections.include("time", "recordedAt"))
                    .forEach(entry -> lags.add((double) (entry.getDate("recordedAt").getTime() - entry.getDate("time").getTime())));
            return new Result(changes, lags, measured.rows() / measured.seconds(), measured.failures());
        }
    }

    /**
     * Sends {@code rate * seconds / batch} imports on a fixed schedule and waits for their answers; the import numbered
     * {@code firstImport} first, so that every import of a run gives its students a class name of its own.
     */
    private Writes write(int rate, int seconds, int batch, int roster, int firstImport) throws Exception {
        int imports = Math.max(1, rate * seconds / batch);
        List<byte[]> bodies = new ArrayList<>(imports);
        for (int i = firstImport; i < firstImport + imports; i++) {
            bodies.add(students(i * batch % roster, batch, i));
        }
        long period = Math.round(batch * 1e9 / rate);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger rows = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> answers = new ArrayList<>(imports);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        // at a fixed rate: an import that is late is sent at once, so a slow answer does not lower the rate
        clock.scheduleAtFixedRate(() -> {
            int index = next.getAndIncrement();
            if (index >= imports) {
                return;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/schools/" + school + "/students:import"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(index))).build();
            CompletableFuture<?> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                if (failure != null) {
                    errors.add("import " + index + ": " + failure);
                } else if (response.statusCode() / 100 != 2) {
                    errors.add("import " + index + ": HTTP " + response.statusCode() + " " + response.body());
                } else {
                    rows.addAndGet(json.readTree(response.body()).get("rows").asInt());
                }
                return null;
            });
            synchronized (answers) {
                answers.add(answer);
            }
        }, 0, period, TimeUnit.NANOSECONDS);
        while (next.get() < imports) {
            Thread.sleep(10);
        }
        clock.shutdown();
        synchronized (answers) {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
        double writeSeconds = (lastAnswer.get() - started) / 1e9;
        errors.forEach(error -> System.out.println("# error: " + error));
        System.out.printf("# platform: %,d students written in %.1f s (%,.0f/s); %d of %d imports failed%n",
                rows.get(), writeSeconds, rows.get() / writeSeconds, errors.size(), imports);
        return new Writes(imports, rows.get(), writeSeconds, errors.size(), lastAnswer.get());
    }

    /** The changes made to the school's students so far: their versions add up to the events announcing them. */
    private long changes(MongoClient client) {
        long changes = 0;
        for (Document student : client.getDatabase("student-service").getCollection(Topics.STUDENT_STUDENTS.entity())
                .find(eq("school", school)).projection(Projections.include("version"))) {
            changes += student.get("version", Number.class).longValue();
        }
        return changes;
    }

    /** Waits until the audit holds {@code expected} of the run's entries or the wait limit passes; how many it holds. */
    private static long awaitAudit(MongoCollection<Document> audit, Bson ofThisRun, long expected, Duration waitLimit)
            throws InterruptedException {
        long deadline = System.nanoTime() + waitLimit.toNanos();
        long arrived = audit.countDocuments(ofThisRun);
        while (arrived < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            arrived = audit.countDocuments(ofThisRun);
        }
        return arrived;
    }

    private Result rawKafka(int rate, int seconds, int recordBytes, Duration waitLimit) throws Exception {
        String topic = "bench.freshness." + UUID.randomUUID();
        int total = rate * seconds;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            int partitions = admin.describeTopics(List.of(Topics.STUDENT_STUDENTS.name())).allTopicNames().get()
                    .get(Topics.STUDENT_STUDENTS.name()).partitions().size();
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            try {
                return roundTrips(topic, partitions, total, rate, recordBytes, waitLimit);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    private Result roundTrips(String topic, int partitions, int total, int rate, int recordBytes, Duration waitLimit)
            throws Exception {
        double[] lags = new double[total];
        Arrays.fill(lags, Double.NaN);
        AtomicInteger received = new AtomicInteger();
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        long deadline = System.nanoTime() + Duration.ofSeconds(total / rate).plus(waitLimit).toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> assigned = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                assigned.add(new TopicPartition(topic, p));
            }
            consumer.assign(assigned);
            consumer.poll(Duration.ofMillis(100));
            Thread receiver = new Thread(() -> {
                while (received.get() < total && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        ByteBuffer value = ByteBuffer.wrap(record.value());
                        lags[value.getInt(8)] = (now - value.getLong(0)) / 1e6;
                        received.incrementAndGet();
                    }
                }
            });
            receiver.start();
            long sendStarted;
            long sendEnded;
            Properties producerConfig = new Properties();
            producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                sendStarted = System.nanoTime();
                for (int sent = 0; sent < total; ) {
                    long due = Math.min(total, (System.nanoTime() - sendStarted) * rate / 1_000_000_000L + 1);
                    for (; sent < due; sent++) {
                        byte[] value = new byte[recordBytes];
                        ByteBuffer.wrap(value).putLong(0, System.nanoTime()).putInt(8, sent);
                        producer.send(new ProducerRecord<>(topic, ("k" + sent % 1000).getBytes(StandardCharsets.UTF_8), value));
                    }
                    LockSupport.parkNanos(200_000);
                }
                producer.flush();
                sendEnded = System.nanoTime();
            }
            receiver.join();
            System.out.printf("# raw Kafka: %,d records sent in %.1f s to %s (%d partitions), %,d received%n", total,
                    (sendEnded - sendStarted) / 1e9, topic, partitions, received.get());
            List<Double> arrived = new ArrayList<>(received.get());
            for (int i = 0; i < total; i++) {
                if (!Double.isNaN(lags[i])) {
                    arrived.add(lags[i]);
                }
            }
            return new Result(total, arrived, total / ((sendEnded - sendStarted) / 1e9), 0);
        }
    }

    private void createMajor() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/schools/" + school
                        + "/majors/" + MAJOR)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench major\",\"openedOn\":\"2005-09-01\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("creating major " + MAJOR + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    /** A JSON array of {@code count} students numbered from {@code first}, in a class named after the import. */
    private byte[] students(int first, int count, int importIndex) {
        StringBuilder body = new StringBuilder("[");
        for (int i = first; i < first + count; i++) {
            int cohort = 2018 + i % 3;
            body.append(i == first ? "" : ",").append("{\"studentNo\":\"F%07d\",\"name\":\"学生%d\",\"gender\":\"%s\",".formatted(
                    i, i, i % 2 == 0 ? "MALE" : "FEMALE"))
                    .append("\"birthDate\":\"%s\",\"majorCode\":\"%s\",\"className\":\"%d级%d班\",\"programme\":\"THREE_YEAR\",".formatted(
                            LocalDate.of(cohort - 15, 1, 1).plusDays(i % 365), MAJOR, cohort, importIndex))
                    .append("\"enrolledOn\":\"%d-09-01\",\"expectedGraduationOn\":\"%d-06-30\"}".formatted(cohort, cohort + 3));
        }
        return body.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What one round of imports did; lastAnswer in {@link System#nanoTime()}. */
    private record Writes(int imports, int rows, double seconds, int failures, long lastAnswer) {
    }

    /** Lags in milliseconds of the changes that arrived, out of {@code expected}; failures: writes that failed. */
    private record Result(long expected, List<Double> lags, double perSecond, int failures) {

        boolean complete() {
            return lags.size() == expected && expected > 0;
        }

        double percentile(double fraction) {
            double[] sorted = lags.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted.length == 0 ? Double.NaN : sorted[(int) Math.ceil(fraction * sorted.length) - 1];
        }

        void print(String path) {
            double max = lags.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            System.out.printf("%-34s %-9d %-9d %-10.0f %-9.1f %-9.1f %-9.1f %.1f%n", path, expected, lags.size(), perSecond,
                    percentile(0.5), percentile(0.9), percentile(0.99), max);
        }
    }
}
