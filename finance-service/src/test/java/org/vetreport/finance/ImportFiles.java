package org.vetreport.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Sending import files the API client cannot (binary bodies), and reading the rows an import refused. */
public final class ImportFiles {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ImportFiles() {
    }

    /** @return the status and body of posting {@code bytes} to {@code url} */
    public static HttpResponse<String> post(String url, String token, String contentType, byte[] bytes) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The refused rows of an import report or problem, as "row field". */
    public static List<String> rowsAndFields(JsonNode reportOrProblem) {
        return reportOrProblem.get("errors").valueStream()
                .map(e -> e.get("row").asInt() + " " + e.get("field").asString()).toList();
    }
}
