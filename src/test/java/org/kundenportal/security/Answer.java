package org.kundenportal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.kundenportal.FormLoginClient;

/** One answer of the running app over real HTTP, as the probe reads it. */
record Answer(String path, int status, HttpResponse<byte[]> response) {

    private static final HttpClient ANONYMOUS = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    static Answer anonymous(int port, String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return of(path, ANONYMOUS.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A session of the user, logged in through the real form. */
    static FormLoginClient loggedIn(int port, String email, String password) {
        FormLoginClient client = new FormLoginClient(port);
        client.logIn(email, password);
        if (!client.isLoggedIn()) {
            throw new AssertionError(email + " could not log in");
        }
        return client;
    }

    static Answer get(FormLoginClient client, String path) {
        return of(path, client.getBytes(path));
    }

    private static Answer of(String path, HttpResponse<byte[]> response) {
        return new Answer(path, response.statusCode(), response);
    }

    String body() {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** Where a redirect points, without scheme and host. */
    String location() {
        return header("Location").replaceFirst("^https?://[^/]+", "");
    }

    @Override
    public String toString() {
        return path + " -> " + status + (location().isEmpty() ? "" : " " + location());
    }
}
