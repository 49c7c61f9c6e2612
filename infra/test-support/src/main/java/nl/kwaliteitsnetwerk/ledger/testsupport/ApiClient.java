package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the running service over real HTTP as one of the demo users. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public Response post(String user, String path, Object body) {
        return post(user, path, body, null);
    }

    public Response post(String user, String path, Object body, String ifMatch) {
        HttpRequest.Builder request = request(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    public Response get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    public Response postRaw(String user, String path, String rawBody) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody)).build());
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (user != null) {
            String credentials = user + ":" + user;
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            boolean json = contentType.contains("json") && !response.body().isBlank();
            JsonNode body = json ? JSON.readTree(response.body()) : JSON.nullNode();
            return new Response(response.statusCode(), contentType,
                    response.headers().firstValue("ETag").orElse(null), body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode json() {
        return JSON.createObjectNode();
    }

    public record Response(int status, String contentType, String etag, JsonNode body, String raw) {

        public String text(String field) {
            return body.path(field).asText();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
