package nl.kwaliteitsnetwerk.ledger.audit.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.RawHttp;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal at the web edge, Spring's, Tomcat's and the JSON reader's, is problem+json with a stable code,
 * and none of them logs a stack trace or a raw control character.
 */
class WebEdgeApiTest extends ServiceTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");
    /** A scheduling body without its closing brace, planned three months from the service's today. */
    private String schedule() {
        String json = AuditJourney.scheduling(clock).put("boardNumber", 1).put("institutionName", "ROC")
                .put("frameworkId", "nvao").toString();
        return json.substring(0, json.length() - 1);
    }

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listen() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void noStackTraceAndNoRawControlCharacterWasLogged() {
        root.detachAppender(logged);
        assertThat(logged.list).as("log events during 4xx answers")
                .noneMatch(event -> event.getThrowableProxy() != null && event.getLevel().isGreaterOrEqual(Level.INFO))
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN)
                        && event.getLoggerName().startsWith("org.springframework.web"))
                .noneMatch(event -> event.getFormattedMessage().chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x202e));
    }

    @Test
    void aRepeatedKeyIsRefusedAsDuplicateKeyNotA500() throws IOException {
        assertProblem(send("POST", "/audits", "admin", JSON_BODY, schedule() + ",\"theme\":\"a\",\"theme\":\"b\"}"), 400, "duplicate-key");
    }

    @Autowired
    private ObjectMapper sharedMapper;

    @Test
    void onlyRequestBodiesAreReadStrictlyTheSharedMapperOfTheEventStoreAndKafkaStillReadsWhatTheyHold() throws IOException {
        JsonNode lenient = sharedMapper.readTree("{\"a\":1,\"a\":2}");
        assertThat(lenient.path("a").asInt()).isEqualTo(2);
        record Shape(String a) {
        }
        assertThat(sharedMapper.readValue("{\"a\":\"x\",\"added\":1}", Shape.class).a()).isEqualTo("x");
    }

    @Test
    void anUnknownFieldIsRefusedAndNamed() throws IOException {
        JsonNode problem = assertProblem(send("POST", "/audits", "admin", JSON_BODY, schedule() + ",\"modelVersion\":7}"),
                400, "unknown-field");
        assertThat(problem.path("field").asText()).isEqualTo("modelVersion");
    }

    @Test
    void malformedJsonTrailingContentAndAMissingBodyAreRefusedWithTheirCodes() throws IOException {
        assertProblem(send("POST", "/audits", "admin", JSON_BODY, "{\"institutionCode\":"), 400, "malformed-json");
        assertProblem(send("POST", "/audits", "admin", JSON_BODY, schedule() + "} {}"), 400, "malformed-json");
        assertProblem(send("POST", "/audits", "admin", JSON_BODY, ""), 400, "missing-body");
    }

    @Test
    void aValueOfTheWrongTypeOrAFractionForAnIntegerIsATypeMismatchNamingTheField() throws IOException {
        JsonNode fraction = assertProblem(send("POST", "/audits", "admin", JSON_BODY,
                schedule().replace("\"boardNumber\":1", "\"boardNumber\":1.5") + "}"), 400, "type-mismatch");
        assertThat(fraction.path("field").asText()).isEqualTo("boardNumber");
        assertProblem(send("POST", "/audits", "admin", JSON_BODY, "[1,2]"), 400, "type-mismatch");
        assertProblem(send("GET", "/audits/" + UUID.randomUUID() + "?asOf=yesterday", "admin", Map.of(), null), 400, "type-mismatch");
    }

    @Test
    void springsOwnRefusalsCarryACode() throws IOException {
        assertProblem(send("DELETE", "/audits", "admin", Map.of(), null), 405, "method-not-allowed");
        assertProblem(send("POST", "/audits", "admin", Map.of("Content-Type", "text/plain"), "x"), 415, "unsupported-media-type");
        assertProblem(send("GET", "/frameworks", "admin", Map.of("Accept", "application/xml"), null), 406, "not-acceptable");
        assertProblem(send("GET", "/no-such-page", "admin", Map.of(), null), 404, "not-found");
    }

    @Test
    void tomcatsOwnRejectionsOfAUrlAreProblemsWithACode() throws IOException {
        assertProblem(send("GET", "/audits/%zz", "admin", Map.of(), null), 400, "invalid-request");
        assertProblem(send("GET", "/audits/%00", "admin", Map.of(), null), 400, "invalid-request");
        assertProblem(send("GET", "/audits/..%2f..%2fetc", "admin", Map.of(), null), 400, "invalid-request");
        assertProblem(send("GET", "/audits?unknown%00=1", "admin", Map.of(), null), 400, "invalid-request");
    }

    @Test
    void theSecurityFiltersRefusalsCarryACode() throws IOException {
        assertProblem(send("GET", "/audits", null, Map.of(), null), 401, "unauthenticated");
        assertProblem(send("POST", "/audits", "roc", JSON_BODY, schedule() + "}"), 403, "forbidden");
    }

    @Test
    void aBodyOverTheLimitIsRefusedAs413WhetherItAnnouncesItsLengthOrNot() throws IOException {
        String large = schedule() + ",\"theme\":\"" + "x".repeat(300 * 1024) + "\"}";
        assertProblem(send("POST", "/audits", "admin", JSON_BODY, large), 413, "payload-too-large");
        assertProblem(RawHttp.send(port, "POST", "/audits", "admin",
                Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked"),
                chunked(large.getBytes(StandardCharsets.UTF_8))), 413, "payload-too-large");
    }

    @Test
    void anUnknownIdIsA404WithoutAStackTraceAndAHostileValueIsLoggedEscaped() throws IOException {
        assertProblem(send("POST", "/audits/" + UUID.randomUUID() + "/site-visit", "lead", Map.of(), null), 404, "not-found");
        assertProblem(send("GET", "/audits/" + UUID.randomUUID(), "admin", Map.of(), null), 404, "not-found");
        assertProblem(send("GET", "/audits/%E2%80%AE%1b%5b31m", "admin", Map.of(), null), 400, "invalid-text");
        assertProblem(send("GET", "/audits/x%0d%0aforged", "admin", Map.of(), null), 400, "invalid-request");
    }

    private RawHttp.Answer send(String method, String target, String user, Map<String, String> headers, String body)
            throws IOException {
        return RawHttp.send(port, method, target, user, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] chunked(byte[] body) {
        String head = Integer.toHexString(body.length) + "\r\n";
        byte[] out = new byte[head.length() + body.length + 7];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, out, 0, head.length());
        System.arraycopy(body, 0, out, head.length(), body.length);
        System.arraycopy("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0, out, head.length() + body.length, 7);
        return out;
    }

    private static JsonNode assertProblem(RawHttp.Answer answer, int status, String code) throws IOException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("code").asText()).as(answer.body()).isEqualTo(code);
        return problem;
    }
}
