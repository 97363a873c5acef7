package org.vetreport.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vetreport.gateway.StandInService;
import org.vetreport.gateway.TestIdentity;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TestTokens;

/** The allowances kept in a real Redis, started as a process of its own for this test. */
@EnabledIf(value = "redisServerInstalled",
        disabledReason = "needs a real Redis: /usr/bin/redis-server is not installed (apt-get install redis-server)")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "platform.gateway.rate-limit.store=redis",
        "platform.gateway.rate-limit.requests-per-second=1", "platform.gateway.rate-limit.burst=3"})
@DirtiesContext
class RedisRateLimitIT {

    static final Path REDIS_SERVER = Path.of("/usr/bin/redis-server");
    static final int REQUESTS = 20;

    static final StandInService studentService = StandInService.of("student-service");
    static final int redisPort = StandInService.freePort();
    static Process redis;

    @LocalServerPort
    int port;

    @Autowired
    ReactiveStringRedisTemplate redisTemplate;

    static boolean redisServerInstalled() {
        return Files.isExecutable(REDIS_SERVER);
    }

    @BeforeAll
    static void startRedisAndStandIn() throws IOException, InterruptedException {
        redis = new ProcessBuilder(REDIS_SERVER.toString(), "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitPort(redisPort, Duration.ofSeconds(20));
        studentService.start();
    }

    @AfterAll
    static void stopRedisAndStandIn() throws InterruptedException {
        studentService.stop();
        redis.destroy();
        redis.waitFor();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIdentity.register(registry);
        registry.add("platform.services.student-service", studentService::url);
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", () -> redisPort);
    }

    @Test
    void aBurstOverTheLimitIsA429WithTheAllowanceKeptInRedis() {
        ApiClient client = new ApiClient("http://localhost:" + port)
                .withToken(TestTokens.shared().token().subject("redis-burst").sign());
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            responses.add(client.get("/api/v1/schools/jxtc/majors"));
        }

        assertThat(responses.subList(0, 3)).allMatch(response -> response.status() == 200);
        // twenty requests outrun one token a second however slow the machine: some must be refused
        Response refused = responses.stream().filter(response -> response.status() == 429).findFirst().orElseThrow();
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(redisTemplate.hasKey("request_rate_limiter.{gateway.subject:redis-burst}.tokens").block()).isTrue();
    }

    private static void awaitPort(int port, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("redis-server did not listen on " + port + " within " + timeout);
                }
                Thread.sleep(50);
            }
        }
    }
}
