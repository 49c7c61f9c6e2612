package nl.kwaliteitsnetwerk.ledger.validation.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in session that asks as htmx does (header {@code HX-Request}), which {@code PageSession} cannot: what
 * the pages answer a partial update.
 */
final class HtmxSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HtmxSession(int port, String user) {
        this.base = "http://localhost:" + port;
        Matcher token = CSRF.matcher(send(HttpRequest.newBuilder(URI.create(base + "/login")).GET()).body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + user + "&password=" + user + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.headers().firstValue("Location")).as("signed in as %s", user).hasValueSatisfying(
                location -> assertThat(location).endsWith("/ui"));
    }

    /** The page part htmx gets for {@code path}; asserts a 200. */
    String get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true").GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().strip();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
