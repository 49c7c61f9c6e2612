package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing a ledger digest, a body-less POST, over real HTTP: a browser made to send it from another
 * site (the form post of issue 13) is refused before it is authenticated; curl, sending no Origin and no
 * body, still signs.
 */
class BrowserRequestsApiTest extends ServiceTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anEmptyFormPostFromAForeignOriginSignsNoDigest() throws Exception {
        HttpResponse<String> answer = signDigest("Content-Type", "application/x-www-form-urlencoded",
                "Origin", "https://evil.example");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(code(answer)).isEqualTo("cross-site-request");
    }

    @Test
    void aPostTheBrowserMarksCrossSiteSignsNoDigest() throws Exception {
        HttpResponse<String> answer = signDigest("Sec-Fetch-Site", "cross-site");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(code(answer)).isEqualTo("cross-site-request");
    }

    @Test
    void aFormPostWithoutOriginSignsNoDigest() throws Exception {
        HttpResponse<String> answer = signDigest("Content-Type", "application/x-www-form-urlencoded");

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(code(answer)).isEqualTo("unsupported-media-type");
    }

    @Test
    void curlWithoutBodyOrOriginSignsADigest() throws Exception {
        AuditJourney.schedule(api(), clock);

        HttpResponse<String> answer = signDigest();

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("signature").asText()).isNotEmpty();
    }

    private HttpResponse<String> signDigest(String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ledger/digests"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String code(HttpResponse<String> answer) throws Exception {
        JsonNode problem = JSON.readTree(answer.body());
        return problem.path("code").asText();
    }
}
