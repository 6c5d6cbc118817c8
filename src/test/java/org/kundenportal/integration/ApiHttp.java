package org.kundenportal.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An API client over real HTTP against the app on its random port, as another system would call it. */
public final class ApiHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String token;

    public ApiHttp(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    public record Answer(int status, String contentType, JsonNode json, String body, HttpResponse<String> raw) {

        public String field(String name) {
            return json.path(name).asString();
        }

        /** The field names of a problem's errors. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json.path("errors").forEach(error -> fields.add(error.path("field").asString()));
            return fields;
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** A file, as bytes with the answer's headers. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer put(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer post(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    public HttpClient client() {
        return http;
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return answer(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Answer answer(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.contains("json") && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
        return new Answer(response.statusCode(), type, json, response.body(), response);
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
