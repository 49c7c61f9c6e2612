package nl.kwaliteitsnetwerk.ledger.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's session with a service's pages, without a browser: the login form, the session cookie and the CSRF
 * token every form carries, over real HTTP. Redirects are not followed, so a test sees the 303 after a form's
 * command. The browser tests ({@code testsupport.browser}) drive a real Chromium; this is for the many page
 * tests that need no script, layout or accessibility check.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrfToken;

    public PageSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in as a demo user (password = user name) through the login form. */
    public static PageSession signedIn(int port, String user) {
        PageSession session = new PageSession(port);
        session.get("/login");
        Response answer = session.post("/login", Map.of("username", user, "password", user));
        assertThat(answer.location()).as("signed in as %s", user).endsWith("/ui");
        return session;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts the form's fields with the CSRF token of the page this session read last. */
    public Response post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            form.putIfAbsent("_csrf", csrfToken);
        }
        return postRaw(path, form);
    }

    /** Posts exactly these fields: no CSRF token is added. */
    public Response postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String text = contentType.startsWith("text/") ? new String(response.body(), StandardCharsets.UTF_8) : "";
            Matcher token = CSRF.matcher(text);
            if (token.find()) {
                csrfToken = token.group(1);
            }
            return new Response(response.statusCode(), contentType, response.headers().firstValue("Location").orElse(null),
                    text, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A page's answer: the HTML as text, any other body (a PDF, a CSV) as bytes. */
    public record Response(int status, String contentType, String location, String html, byte[] bytes) {
    }
}
