package org.vetreport.bench;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads and writes together at a fixed arrival rate through the gateway (run by hand against the local stack:
 * {@code bench/mixed-load.sh}). Open loop: request n is due at start + n / rate and is sent then however many
 * earlier ones are still waiting, and its latency counts from when it was due, so a slow stack shows as latency and
 * errors, never as a lower rate. 70% reads (one student, a page of students, an indicator value of the school from
 * the report service), 30% writes (PUT of a new student, PUT of a changed one), all valid: any error is the
 * platform's. The requests are spread over several tokens (users), each below the gateway's per-user rate limit.
 * A warm-up phase of the same mix at a lower rate comes first and is not counted (see bench/mixed-load.sh).
 */
public final class MixedLoad {

    private static final String YEAR = "2020";
    private static final String[] MAJORS = {"0101", "0102"};

    /** The kinds of request and how many of every 100 are of the kind. */
    private enum Kind {
        GET_STUDENT(30), GET_PAGE(20), GET_INDICATOR(20), PUT_NEW(15), PUT_CHANGED(15);

        final int share;

        Kind(int share) {
            this.share = share;
        }

        boolean write() {
            return this == PUT_NEW || this == PUT_CHANGED;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(2020);
    private final String gateway;
    private final String school;
    private final List<String> tokens;
    private final int roster;
    private final Duration timeout;
    private final Map<Kind, List<Double>> latencies = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicInteger> failed = new EnumMap<>(Kind.class);
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    /** Students with a write on the way: a second concurrent PUT of the same student would race the first. */
    private final Set<Integer> writing = ConcurrentHashMap.newKeySet();
    private final AtomicInteger newStudents;

    private MixedLoad(String gateway, String school, List<String> tokens, int roster, Duration timeout) {
        this.gateway = gateway;
        this.school = school;
        this.tokens = tokens;
        this.roster = roster;
        this.timeout = timeout;
        this.newStudents = new AtomicInteger(roster);
        for (Kind kind : Kind.values()) {
            latencies.put(kind, new ArrayList<>());
            failed.put(kind, new AtomicInteger());
        }
    }

    /** Arguments: school, requests per second, seconds; tokens (comma-separated) in BENCH_TOKENS. */
    public static void main(String[] args) throws Exception {
        String school = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int roster = Integer.parseInt(System.getenv().getOrDefault("ROSTER", "1000"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("TIMEOUT_SECONDS", "10")));
        List<String> tokens = List.of(System.getenv("BENCH_TOKENS").split(","));
        int warmupSeconds = Integer.parseInt(System.getenv().getOrDefault("WARMUP_SECONDS", "30"));
        int warmupRate = Integer.parseInt(System.getenv().getOrDefault("WARMUP_RATE", String.valueOf(Math.max(1, rate / 2))));
        MixedLoad load = new MixedLoad(System.getenv().getOrDefault("GATEWAY", "http://localhost:8080"), school, tokens,
                roster, timeout);
        System.out.printf("# school %s with %,d students; %d requests/s for %d s over %d tokens; timeout %d s%n", school,
                roster, rate, seconds, tokens.size(), timeout.toSeconds());
        load.prepare();
        if (warmupSeconds > 0) {
            System.out.printf("# warm-up, not counted: %d requests/s for %d s%n", warmupRate, warmupSeconds);
            load.run(warmupRate, warmupSeconds);
            load.forget();
            System.out.printf("# measured: %d requests/s for %d s%n", rate, seconds);
        }
        boolean clean = load.run(rate, seconds);
        System.exit(clean ? 0 : 1);
    }

    /** The school's majors and students, so that every read finds something and every write is valid. */
    private void prepare() throws Exception {
        for (String major : MAJORS) {
            expect2xx("PUT major " + major, send(request("/majors/" + major, 0)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench major\",\"openedOn\":\"2005-09-01\"}"))));
        }
        StringBuilder students = new StringBuilder("[");
        for (int i = 0; i < roster; i++) {
            students.append(i == 0 ? "" : ",").append(student(i, "1班"));
        }
        expect2xx("import of " + roster + " students", send(request("/students:import", 0)
                .POST(HttpRequest.BodyPublishers.ofString(students.append(']').toString()))));
    }

    private boolean run(int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long period = Math.round(1e9 / rate);
        List<CompletableFuture<?>> answers = new ArrayList<>(total);
        AtomicLong lastAnswer = new AtomicLong();
        long latestSend = 0;
        long started = System.nanoTime();
        for (int n = 0; n < total; n++) {
            long due = started + n * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            latestSend = Math.max(latestSend, System.nanoTime() - due);
            Kind kind = pick();
            answers.add(dispatch(kind, n, due).whenComplete((ignored, failure) ->
                    lastAnswer.accumulateAndGet(System.nanoTime(), Math::max)));
        }
        long sent = System.nanoTime();
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(timeout.toSeconds() + 30, TimeUnit.SECONDS);

        System.out.printf("%-14s %-7s %-7s %-8s %-8s %s%n", "kind", "count", "errors", "p50_ms", "p99_ms", "max_ms");
        int errorCount = errors.size();
        List<Double> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Double> times = latencies.get(kind);
            synchronized (times) {
                all.addAll(times);
                print(kind.name(), times, failed.get(kind).get());
            }
        }
        print("all", all, errorCount);
        System.out.printf("achieved arrival rate %.1f requests/s (%,d sent in %.1f s, the latest %.0f ms after it was due); "
                + "all answered %.1f s after the first was sent%n", total / ((sent - started) / 1e9), total,
                (sent - started) / 1e9, latestSend / 1e6, (lastAnswer.get() - started) / 1e9);
        System.out.printf("errors: %d%n", errorCount);
        errors.forEach(error -> System.out.println("  " + error));
        return errorCount == 0;
    }

    /** Drops what was measured so far: the warm-up's figures do not count. */
    private void forget() {
        for (Kind kind : Kind.values()) {
            latencies.get(kind).clear();
            failed.get(kind).set(0);
        }
        errors.clear();
    }

    private Kind pick() {
        int draw = random.nextInt(100);
        for (Kind kind : Kind.values()) {
            draw -= kind.share;
            if (draw < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("the shares add up to less than 100");
    }

    private CompletableFuture<?> dispatch(Kind kind, int n, long due) {
        HttpRequest request;
        Integer student = null;
        switch (kind) {
            case GET_STUDENT -> request = request("/students/" + number(random.nextInt(roster)), n).GET().build();
            case GET_PAGE -> request = request("/students?size=20&page=" + random.nextInt(Math.max(1, roster / 20)), n).GET().build();
            case GET_INDICATOR -> request = request("/indicators?year=" + YEAR + "&ids=students.enrolled", n).GET().build();
            case PUT_NEW -> {
                int created = newStudents.getAndIncrement();
                request = request("/students/" + number(created), n)
                        .PUT(HttpRequest.BodyPublishers.ofString(student(created, "1班"))).build();
            }
            case PUT_CHANGED -> {
                student = idleStudent();
                request = request("/students/" + number(student), n)
                        .PUT(HttpRequest.BodyPublishers.ofString(student(student, (n % 40 + 1) + "班"))).build();
            }
            default -> throw new IllegalStateException(kind.name());
        }
        Integer written = student;
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            double millis = (System.nanoTime() - due) / 1e6;
            if (written != null) {
                writing.remove(written);
            }
            List<Double> times = latencies.get(kind);
            synchronized (times) {
                times.add(millis);
            }
            if (failure != null || response.statusCode() / 100 != 2) {
                failed.get(kind).incrementAndGet();
            }
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                String what = cause instanceof HttpTimeoutException ? "timeout" : cause instanceof ConnectException
                        ? "connection refused" : cause.getClass().getSimpleName();
                errors.add("%s %s %s: %s after %.0f ms (%s)".formatted(kind, request.method(), request.uri().getPath(),
                        what, millis, cause.getMessage()));
            } else if (response.statusCode() / 100 != 2) {
                errors.add("%s %s %s: HTTP %d after %.0f ms %s".formatted(kind, request.method(), request.uri(),
                        response.statusCode(), millis, response.body()));
            }
            return null;
        });
    }

    /** A student of the roster no write is on the way for. */
    private int idleStudent() {
        int student = random.nextInt(roster);
        while (!writing.add(student)) {
            student = (student + 1) % roster;
        }
        return student;
    }

    private HttpRequest.Builder request(String path, int n) {
        return HttpRequest.newBuilder(URI.create(gateway + "/api/v1/schools/" + school + path)).timeout(timeout)
                .header("Authorization", "Bearer " + tokens.get(n % tokens.size()))
                .header("Content-Type", "application/json");
    }

    private static String number(int student) {
        return "M%07d".formatted(student);
    }

    private static String student(int i, String className) {
        int cohort = 2018 + i % 3;
        return ("{\"studentNo\":\"%s\",\"name\":\"学生%d\",\"gender\":\"%s\",\"birthDate\":\"%s\",\"majorCode\":\"%s\","
                + "\"className\":\"%d级%s\",\"programme\":\"THREE_YEAR\",\"enrolledOn\":\"%d-09-01\","
                + "\"expectedGraduationOn\":\"%d-06-30\"}").formatted(number(i), i, i % 2 == 0 ? "MALE" : "FEMALE",
                LocalDate.of(cohort - 15, 1, 1).plusDays(i % 365), MAJORS[i % MAJORS.length], cohort, className, cohort,
                cohort + 3);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect2xx(String what, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private static void print(String kind, List<Double> millis, int errors) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-14s %-7d %-7d %-8.1f %-8.1f %.1f%n", kind, sorted.length, errors,
                percentile(sorted, 0.5), percentile(sorted, 0.99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.ceil(fraction * sorted.length) - 1];
    }
}
