package org.vetreport.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A service behind the gateway, played by the JDK's HTTP server on a port of its own: it answers every request
 * with its name and the path it received, remembers each request, and serves an OpenAPI document declaring
 * the platform's bearer security scheme.
 */
public final class StandInService {

    static final String OPENAPI = """
            {"openapi":"3.1.0","info":{"title":"stand-in","version":"1"},"paths":{},
             "components":{"securitySchemes":{"bearer":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}},
             "security":[{"bearer":[]}]}""";

    public record Request(String method, String uri, Headers headers, int bodyLength) {
    }

    private final String name;
    private final int port;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private HttpServer server;
    private ExecutorService executor;

    private StandInService(String name, int port) {
        this.name = name;
        this.port = port;
    }

    /** A stand-in for {@code name} on a free port, not yet started. */
    public static StandInService of(String name) {
        return new StandInService(name, freePort());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StandInService start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            int bodyLength = exchange.getRequestBody().readAllBytes().length;
            received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(), bodyLength));
            sleep(delay);
            String json = exchange.getRequestURI().getPath().equals("/v3/api-docs") ? OPENAPI
                    : "{\"service\":\"" + name + "\",\"path\":\"" + exchange.getRequestURI() + "\"}";
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return this;
    }

    /** Stops listening, so connections to its port are refused; {@link #start()} listens on the same port again. */
    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public List<Request> received() {
        return received;
    }

    /** Answers every request only after {@code delay}. */
    public void answerAfter(Duration delay) {
        this.delay = delay;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
