package org.vetreport.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the gateway costs on a read (run by hand: {@code bench/gateway.sh}): the same closed-loop load of GET
 * requests once through the gateway and once straight to student-service, with the same client and token.
 *
 * <p>Prepares a school with a major and a few students through the gateway, then for each request (one student;
 * a small list) and each concurrency (1 for latency, C for throughput) runs the load against the service and
 * against the gateway: every thread sends its next request as soon as the previous answer is read, for the
 * warm-up and then the measured duration; only requests started in the measured part count. Prints a table of
 * p50/p90/p99 latency and requests per second, the added median (gateway p50 − direct p50 at concurrency 1) and
 * the throughput through the gateway as a percentage of the direct one. Any answer other than 2xx, or a request
 * that failed, is counted and printed; the exit status is 1 if there was one.
 *
 * <p>Usage: {@code GatewayBenchmark GATEWAY_URL DIRECT_URL TOKEN SCHOOL WARMUP_S DURATION_S CONCURRENCY}
 */
public final class GatewayBenchmark {

    private static final String MAJOR = "0101";
    private static final int STUDENTS = 5;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private final Duration warmup;
    private final Duration duration;

    private GatewayBenchmark(String token, Duration warmup, Duration duration) {
        this.token = token;
        this.warmup = warmup;
        this.duration = duration;
    }

    /** One measured load: which target, which request, how many threads, and what they saw. */
    private record Run(String target, String request, int concurrency, Latencies latencies, double seconds,
                       Map<String, Integer> failures) {

        double requestsPerSecond() {
            return latencies.count() / seconds;
        }

        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: GatewayBenchmark GATEWAY_URL DIRECT_URL TOKEN SCHOOL WARMUP_S DURATION_S CONCURRENCY");
            System.exit(2);
        }
        String gateway = args[0];
        String direct = args[1];
        String school = args[3];
        int concurrency = Integer.parseInt(args[6]);
        GatewayBenchmark benchmark = new GatewayBenchmark(args[2], Duration.ofSeconds(Long.parseLong(args[4])),
                Duration.ofSeconds(Long.parseLong(args[5])));
        benchmark.prepare(gateway, school);
        String base = "/api/v1/schools/" + school + "/students";
        Map<String, String> requests = Map.of("student", base + "/" + studentNo(0), "list", base + "?size=" + STUDENTS);
        List<Run> runs = new ArrayList<>();
        System.out.printf("%-8s %-8s %-12s %-9s %-10s %-8s %-8s %-8s %s%n", "target", "request", "concurrency",
                "requests", "req_per_s", "p50_ms", "p90_ms", "p99_ms", "non_2xx");
        for (String request : List.of("student", "list")) {
            for (int threads : List.of(1, concurrency)) {
                for (String target : List.of("direct", "gateway")) {
                    String url = (target.equals("direct") ? direct : gateway) + requests.get(request);
                    Run run = benchmark.load(target, request, threads, url);
                    runs.add(run);
                    System.out.printf("%-8s %-8s %-12d %-9d %-10.0f %-8.2f %-8.2f %-8.2f %d%s%n", target, request, threads,
                            run.latencies().count(), run.requestsPerSecond(), run.latencies().percentileMillis(50),
                            run.latencies().percentileMillis(90), run.latencies().percentileMillis(99), run.failed(),
                            run.failures().isEmpty() ? "" : " " + run.failures());
                }
            }
        }
        for (String request : List.of("student", "list")) {
            Run gatewayAlone = find(runs, "gateway", request, 1);
            Run directAlone = find(runs, "direct", request, 1);
            System.out.printf("%s: added median at concurrency 1: %.2f ms (gateway p50 %.2f − direct p50 %.2f)%n", request,
                    gatewayAlone.latencies().percentileMillis(50) - directAlone.latencies().percentileMillis(50),
                    gatewayAlone.latencies().percentileMillis(50), directAlone.latencies().percentileMillis(50));
            Run gatewayLoaded = find(runs, "gateway", request, concurrency);
            Run directLoaded = find(runs, "direct", request, concurrency);
            System.out.printf("%s: throughput via the gateway at concurrency %d: %.0f%% of direct (%.0f / %.0f requests/s)%n",
                    request, concurrency, 100 * gatewayLoaded.requestsPerSecond() / directLoaded.requestsPerSecond(),
                    gatewayLoaded.requestsPerSecond(), directLoaded.requestsPerSecond());
        }
        int failed = runs.stream().mapToInt(Run::failed).sum();
        System.out.printf("non-2xx responses or failed requests: %d (must be 0)%n", failed);
        System.exit(failed == 0 ? 0 : 1);
    }

    private static Run find(List<Run> runs, String target, String request, int concurrency) {
        return runs.stream()
                .filter(run -> run.target().equals(target) && run.request().equals(request) && run.concurrency() == concurrency)
                .findFirst().orElseThrow();
    }

    private static String studentNo(int index) {
        return "G%07d".formatted(index);
    }

    /** A major and a few students in the school, through the gateway; writing them again changes nothing. */
    private void prepare(String gateway, String school) throws IOException, InterruptedException {
        String base = gateway + "/api/v1/schools/" + school;
        put(base + "/majors/" + MAJOR, "{\"name\":\"major " + MAJOR + "\",\"openedOn\":\"2005-09-01\"}");
        for (int i = 0; i < STUDENTS; i++) {
            put(base + "/students/" + studentNo(i), ("{\"name\":\"学生%d\",\"gender\":\"%s\",\"majorCode\":\"%s\","
                    + "\"birthDate\":\"2004-02-15\",\"className\":\"20级1班\",\"programme\":\"THREE_YEAR\",\"enrolledOn\":\"2020-09-01\","
                    + "\"expectedGraduationOn\":\"2023-06-30\"}").formatted(i, i % 2 == 0 ? "MALE" : "FEMALE", MAJOR));
        }
    }

    private void put(String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("PUT " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private Run load(String target, String request, int concurrency, String url) throws InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Latencies> perThread = new ArrayList<>();
        List<Map<String, Integer>> failuresPerThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            Latencies latencies = new Latencies();
            Map<String, Integer> failures = new TreeMap<>();
            perThread.add(latencies);
            failuresPerThread.add(failures);
            threads.add(new Thread(() -> {
                try {
                    long started;
                    while ((started = System.nanoTime()) < end) {
                        String failure = call(get);
                        long elapsed = System.nanoTime() - started;
                        if (started >= measureFrom) {
                            latencies.add(elapsed);
                            if (failure != null) {
                                failures.merge(failure, 1, Integer::sum);
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "load-" + t));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        Latencies all = perThread.stream().reduce(new Latencies(), Latencies::merge);
        Map<String, Integer> failures = new TreeMap<>();
        failuresPerThread.forEach(map -> map.forEach((what, count) -> failures.merge(what, count, Integer::sum)));
        return new Run(target, request, concurrency, all, duration.toNanos() / 1e9, failures);
    }

    /** Sends the request and reads the whole answer; what went wrong, or {@code null} for a 2xx. */
    private String call(HttpRequest request) throws InterruptedException {
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }
}
