package nl.kwaliteitsnetwerk.ledger.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.platform.errors.ProblemWriter;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The platform's security filter chain alone, before a probe controller, driven by MockMvc so each test
 * can choose the client address. Users are {@code u1}..{@code u9}, each with their name as password; a
 * bearer token {@code valid} is accepted, any other token is invalid.
 */
@SpringBootTest(classes = SecurityEdgeTestBase.Edge.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
                "qal.security.users[0].name=u1", "qal.security.users[0].password={noop}u1", "qal.security.users[0].roles=AUDITOR",
                "qal.security.users[1].name=u2", "qal.security.users[1].password={noop}u2", "qal.security.users[1].roles=AUDITOR",
                "qal.security.users[2].name=u3", "qal.security.users[2].password={noop}u3", "qal.security.users[2].roles=AUDITOR",
                "qal.security.users[3].name=u4", "qal.security.users[3].password={noop}u4", "qal.security.users[3].roles=AUDITOR",
                "qal.security.users[4].name=u5", "qal.security.users[4].password={noop}u5", "qal.security.users[4].roles=AUDITOR",
                "qal.security.users[5].name=u6", "qal.security.users[5].password={noop}u6", "qal.security.users[5].roles=AUDITOR",
                "qal.security.users[6].name=u7", "qal.security.users[6].password={noop}u7", "qal.security.users[6].roles=AUDITOR",
                "qal.security.users[7].name=u8", "qal.security.users[7].password={noop}u8", "qal.security.users[7].roles=AUDITOR",
                "qal.security.users[8].name=u9", "qal.security.users[8].password={noop}u9", "qal.security.users[8].roles=AUDITOR",
                "qal.security.cross-site.allowed-origins=https://front.example.nl",
        })
@AutoConfigureMockMvc
abstract class SecurityEdgeTestBase {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MutableClock clock;

    protected static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @SpringBootConfiguration
    @Import({SecuredEdge.class, Probe.class})
    static class Edge {

        @Bean
        ProblemWriter problemWriter(ObjectMapper objectMapper) {
            return new ProblemWriter(objectMapper);
        }

        @Bean
        JwtDecoder jwtDecoder() {
            return token -> {
                if (!"valid".equals(token)) {
                    throw new BadJwtException("invalid token");
                }
                return Jwt.withTokenValue(token).header("alg", "none").subject("service")
                        .claim("roles", List.of("AUDITOR")).issuedAt(Instant.parse("2026-01-05T08:00:00Z")).build();
            };
        }
    }

    @RestController
    static class Probe {

        @SignedIn
        @GetMapping("/probe")
        String read() {
            return "read";
        }

        @SignedIn
        @PostMapping("/probe")
        String change() {
            return "changed";
        }
    }
}
