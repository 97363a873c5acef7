package org.vetreport.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.InfrastructureInitializer;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.report.ReportServiceApplication;
import org.vetreport.report.replica.Replicas;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long the indicator API takes over a replica of seed-sized schools (run by hand: {@code bench/indicators.sh}).
 * The report service runs in this JVM on the embedded Kafka broker and in-memory MongoDB server; the schools'
 * records go straight into its replica collections through the same code the consumer applies events with, so
 * what is timed is the read path: HTTP, loading a school's records from the replica, computing every indicator
 * of the catalogue for the year and the year before, and the cache. Each school has the size of the seed's
 * (6,324 full-time students at the reference date, 750 graduates, 420 staff, assets, income, destinations,
 * internships, training rooms and sessions).
 */
public final class IndicatorBenchmark {

    private static final int YEAR = 2020;
    private static final String CITY = "360400";
    private static final String PROVINCE = "360000";
    private static final LocalDate REFERENCE = LocalDate.of(YEAR, 12, 31);

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random(2020);
    private final Replicas replicas;
    private final String base;
    private final String token;

    private IndicatorBenchmark(ConfigurableApplicationContext context, List<String> schools) {
        this.replicas = context.getBean(Replicas.class);
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        this.token = TestTokens.shared().token().roles(Role.ADMIN).schools(schools.toArray(String[]::new))
                .regions(CITY).sign();
    }

    public static void main(String[] args) throws Exception {
        int schoolCount = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int students = args.length > 1 ? Integer.parseInt(args[1]) : 6324;
        List<String> schools = new ArrayList<>();
        for (int i = 1; i <= schoolCount; i++) {
            schools.add("bench-%03d".formatted(i));
        }
        int status = 1;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportServiceApplication.class)
                .initializers(new InfrastructureInitializer())
                .run("--server.port=0", "--logging.level.root=ERROR")) {
            new IndicatorBenchmark(context, schools).run(schools, students);
            status = 0;
        } finally {
            // the embedded broker's threads would keep the JVM alive
            System.exit(status);
        }
    }

    private void run(List<String> schools, int students) throws Exception {
        System.out.printf("# %s, %d cores, max heap %d MB, %s%n", Instant.now(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        long loadStart = System.nanoTime();
        long records = 0;
        for (String school : schools) {
            records += load(school, students);
            send("PUT", "/api/v1/schools/" + school, "{\"name\":\"" + school + "\",\"provinceCode\":\"" + PROVINCE
                    + "\",\"cityCode\":\"" + CITY + "\"}", 201);
        }
        System.out.printf("loaded %d schools, %d records into the replica in %.1f s%n", schools.size(), records,
                seconds(loadStart));

        String first = "/api/v1/schools/" + schools.get(0) + "/indicators?year=" + YEAR;
        String[] body = new String[1];
        double firstCall = millis(() -> body[0] = send("GET", first, null, 200));
        System.out.printf("one school, all %d indicators, first call (records read from the replica and computed): %.0f ms%n",
                count(body[0]), firstCall);
        List<Double> cold = new ArrayList<>();
        for (String school : schools.subList(1, Math.min(11, schools.size()))) {
            cold.add(millis(() -> send("GET", "/api/v1/schools/" + school + "/indicators?year=" + YEAR, null, 200)));
        }
        report("one school, all indicators, cold, " + cold.size() + " other schools", cold);
        report("one school, all indicators, warm (same data version)", repeat(50, () -> send("GET", first, null, 200)));
        String region = "/api/v1/regions/" + CITY + "/indicators?year=" + YEAR;
        System.out.printf("roll-up over %d schools, first call (%d schools not computed yet): %.0f ms%n",
                schools.size(), Math.max(0, schools.size() - 11), millis(() -> send("GET", region, null, 200)));
        report("roll-up over " + schools.size() + " schools, warm", repeat(10, () -> send("GET", region, null, 200)));
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap used after the run (after a GC): %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private long load(String school, int enrolled) {
        List<ChangeEvent> events = new ArrayList<>();
        for (int m = 1; m <= 20; m++) {
            events.add(event(Topics.STUDENT_MAJORS, school, "M%02d".formatted(m), Map.of("code", "M%02d".formatted(m),
                    "name", "专业" + m, "group", "群" + (m % 4), "openedOn", "2005-09-01")));
        }
        int graduates = 750;
        for (int s = 0; s < enrolled + graduates; s++) {
            boolean graduate = s >= enrolled;
            LocalDate enrolledOn = graduate ? LocalDate.of(2017, 9, 1) : LocalDate.of(2018 + s % 3, 9, 1);
            List<Map<String, Object>> history = new ArrayList<>();
            history.add(Map.of("status", "ENROLLED", "effectiveOn", enrolledOn.toString()));
            if (graduate) {
                history.add(Map.of("status", "GRADUATED", "effectiveOn", "2020-07-01"));
            }
            String studentNo = "S%06d".formatted(s);
            events.add(event(Topics.STUDENT_STUDENTS, school, studentNo, Map.of("studentNo", studentNo,
                    "gender", random.nextInt(100) < 64 ? "MALE" : "FEMALE", "majorCode", "M%02d".formatted(1 + s % 20),
                    "className", "C" + s / 45, "programme", s % 10 == 0 ? "FIVE_YEAR_JOINT" : "THREE_YEAR", "fullTime", true,
                    "enrolledOn", enrolledOn.toString(), "expectedGraduationOn", enrolledOn.plusYears(3).minusMonths(2).toString(),
                    "statusHistory", history)));
            if (graduate) {
                events.add(event(Topics.STUDENT_DESTINATIONS, school, studentNo, Map.of("studentNo", studentNo,
                        "graduationYear", YEAR, "destination", s % 5 == 0 ? "FURTHER_EDUCATION" : "EMPLOYED",
                        "relevantToMajor", s % 7 != 0, "local", s % 3 != 0, "firstMonthlySalary", new BigDecimal("3200.00"))));
            }
            if (!graduate && enrolledOn.getYear() == 2018 && s % 4 == 0) {
                events.add(event(Topics.TRAINING_INTERNSHIPS, school, studentNo, Map.of("studentNo", studentNo,
                        "partnerCode", "P" + s % 40, "kind", "PLACEMENT", "startOn", "2020-11-01", "endOn", "2021-05-31",
                        "relevantToMajor", true, "insured", true, "hiredByHost", false)));
            }
        }
        for (int t = 0; t < 420; t++) {
            String staffNo = "T%04d".formatted(t);
            events.add(event(Topics.FACULTY_STAFF, school, staffNo, Map.of("staffNo", staffNo,
                    "gender", t % 2 == 0 ? "MALE" : "FEMALE", "birthYear", 1965 + t % 30,
                    "employment", t < 387 ? "ESTABLISHED" : "PART_TIME", "role", t < 360 ? "FULL_TIME_TEACHER" : "ADMINISTRATION",
                    "courseCategory", t % 3 == 0 ? "PROFESSIONAL" : "BASIC", "hiredOn", "2010-09-01",
                    "qualificationHistory", List.of(Map.of("effectiveOn", "2010-09-01", "education", "BACHELOR",
                            "degree", t % 5 == 0 ? "MASTER" : "BACHELOR", "title", t % 4 == 0 ? "SENIOR" : "MIDDLE",
                            "dualQualified", t % 2 == 0)))));
        }
        for (int a = 0; a < 300; a++) {
            String category = a == 0 ? "LAND" : a < 20 ? "BUILDING" : a < 40 ? "BOOKS" : "EQUIPMENT";
            Map<String, Object> asset = new LinkedHashMap<>(Map.of("assetNo", "A%04d".formatted(a), "category", category,
                    "value", BigDecimal.valueOf(10_000 + a * 1_000L, 0), "acquiredOn", "2015-03-01"));
            switch (category) {
                case "LAND" -> asset.put("areaMu", new BigDecimal("297.22"));
                case "BUILDING" -> {
                    asset.put("floorArea", new BigDecimal("6500.00"));
                    asset.put("use", a % 3 == 0 ? "TEACHING" : "TRAINING");
                }
                case "BOOKS" -> {
                    asset.put("kind", "PRINT_BOOK");
                    asset.put("volumes", 9_000);
                }
                default -> {
                    asset.put("quantity", 10);
                    asset.put("purpose", a % 2 == 0 ? "TRAINING" : "TEACHING");
                }
            }
            events.add(event(Topics.FINANCE_ASSETS, school, "A%04d".formatted(a), asset));
        }
        for (int v = 0; v < 400; v++) {
            events.add(event(Topics.FINANCE_INCOME, school, "V%05d".formatted(v), Map.of("voucherNo", "V%05d".formatted(v),
                    "postedOn", LocalDate.of(YEAR - v % 2, 1 + v % 12, 15).toString(),
                    "category", v % 3 == 0 ? "FISCAL_SUBSIDY" : "BUSINESS", "nature", "BASIC",
                    "signedAmount", BigDecimal.valueOf((50_000L + v * 17) * 100 + v % 100, 2))));
        }
        for (int r = 0; r < 60; r++) {
            events.add(event(Topics.TRAINING_ROOMS, school, "R%03d".formatted(r), Map.of("code", "R%03d".formatted(r),
                    "base", "基地" + r % 6, "majorCodes", List.of("M%02d".formatted(1 + r % 20)), "area", new BigDecimal("180.00"),
                    "workstations", 40, "openedOn", "2012-09-01")));
        }
        for (int t = 0; t < 120; t++) {
            events.add(event(Topics.TRAINING_SESSIONS, school, "TS%03d".formatted(t), Map.of("code", "TS%03d".formatted(t),
                    "title", "培训" + t, "occupation", "电工", "programme", "SKILL_TRAINING", "audience", "SOCIAL",
                    "startOn", LocalDate.of(YEAR - t % 2, 3, 1).toString(), "endOn", LocalDate.of(YEAR - t % 2, 3, 20).toString(),
                    "trainees", 220, "appraised", 200, "passed", 190)));
        }
        events.forEach(event -> replicas.of(event.topic()).apply(event));
        return events.size();
    }

    private ChangeEvent event(Topic topic, String school, String key, Map<String, Object> data) {
        return new ChangeEvent(UUID.randomUUID().toString(), "bench.loaded", "/bench", Instant.now(), topic,
                new EventKey(school, key), 1, "bench", json.writeValueAsBytes(data));
    }

    private String send(String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private long count(String body) {
        return json.readTree(body).get("indicators").size();
    }

    private static List<Double> repeat(int times, Runnable call) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            samples.add(millis(call));
        }
        return samples;
    }

    private static double millis(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void report(String what, List<Double> samples) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d calls)%n", what, sorted[sorted.length / 2],
                sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.9))], sorted[sorted.length - 1],
                sorted.length);
    }
}
