package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service, over real HTTP: after five wrong passwords the right one is refused with 429 until
 * the lock has passed on the service's clock. Uses {@code vc-5}, a user no other audit test signs in as.
 */
class LoginThrottleApiTest extends ServiceTestBase {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fiveWrongPasswordsLockTheUserUntilTheLockHasPassed() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(audits("vc-5", "wrong-" + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = audits("vc-5", "vc-5");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(locked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(locked.body()).contains("\"code\":\"too-many-attempts\"");

        clock.advance(Duration.ofSeconds(60));

        Response unlocked = api().get("vc-5", "/audits");
        assertThat(unlocked.status()).isNotIn(401, 429);
    }

    private HttpResponse<String> audits(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/audits"))
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
