package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import nl.kwaliteitsnetwerk.ledger.audit.AuditServiceApplication;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.testsupport.TestLedgerKeystore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Production mode: no configured users, callers bring a JWT of the configured issuer. Roles come
 * from its {@code roles} claim, the user from {@code sub}, an institution from {@code institution}.
 */
@SpringBootTest(classes = AuditServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(JwtAuthenticationTest.Issuer.class)
class JwtAuthenticationTest {

    private static final KeyPair KEYS = rsaKeys();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embeddedStack(DynamicPropertyRegistry registry) {
        SharedTestStack stack = SharedTestStack.get();
        registry.add("spring.data.mongodb.uri", () -> stack.mongo().uri("audit-jwt"));
        registry.add("spring.kafka.bootstrap-servers", () -> stack.kafka().bootstrapServers());
        // outside the local profile the signing key must come from a keystore, and the broker is still one
        registry.add("qal.ledger.keystore", () -> TestLedgerKeystore.path().toString());
        registry.add("qal.ledger.keystore-password", () -> TestLedgerKeystore.PASSWORD);
        registry.add("qal.integration.replication-factor", () -> "1");
        registry.add("qal.integration.min-insync-replicas", () -> "1");
    }

    @Test
    void aTokenOfTheIssuerAuthenticatesWithTheRolesItCarries() throws Exception {
        String admin = token(KEYS, "netwerk-admin", List.of("ADMINISTRATOR"));
        String body = "{\"institutionCode\":\"29WT\",\"boardNumber\":21274,\"institutionName\":\"Business Marketing Services B.V.\","
                + "\"kind\":\"INSTITUTIONAL\",\"plannedDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusMonths(3) + "\","
                + "\"frameworkId\":\"kwaliteitsnetwerk-instellingsaudit\",\"frameworkVersion\":\"2013\"}";
        HttpResponse<String> scheduled = post("/audits", admin, body);
        assertThat(scheduled.statusCode()).isEqualTo(201);
        assertThat(post("/audits", token(KEYS, "inspecteur", List.of("INSPECTORATE")), body).statusCode()).isEqualTo(403);

        String audit = "/audits/" + new ObjectMapper().readTree(scheduled.body()).path("id").asText();
        String ownInstitution = token(KEYS, "kwaliteitszorg-29wt", List.of("INSTITUTION"), "29WT");
        String otherInstitution = token(KEYS, "kwaliteitszorg-25lh", List.of("INSTITUTION"), "25LH");
        await().atMost(Duration.ofSeconds(20)).until(() -> get(audit, ownInstitution).statusCode() == 200);
        assertThat(get(audit, ownInstitution).body()).contains("\"findings\"");
        assertThat(get(audit, otherInstitution).statusCode()).isEqualTo(404);
    }

    @Test
    void aTokenSignedByAnotherKeyOrNoTokenIsUnauthenticated() throws Exception {
        assertThat(get("/audits", token(rsaKeys(), "netwerk-admin", List.of("ADMINISTRATOR"))).statusCode()).isEqualTo(401);
        assertThat(get("/audits", null).statusCode()).isEqualTo(401);
        assertThat(get("/audits", token(KEYS, "inspecteur", List.of("INSPECTORATE"))).statusCode()).isEqualTo(200);
    }

    @Test
    void configuredUsersDoNotExistInThisMode() throws Exception {
        HttpRequest basic = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/audits"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").GET().build();
        assertThat(HttpClient.newHttpClient().send(basic, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(KeyPair keys, String subject, List<String> roles) {
        return token(keys, subject, roles, null);
    }

    private static String token(KeyPair keys, String subject, List<String> roles, String institution) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate()).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(subject).issuer("https://login.example.org")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).claim("roles", roles)
                .claims(c -> {
                    if (institution != null) {
                        c.put("institution", institution);
                    }
                }).build();
        return encoder.encode(JwtEncoderParameters.from(claims)).getTokenValue();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class Issuer {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }
}
