package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.ResultMatcher;

import java.time.Instant;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The least of a servlet application that the platform's security edge runs in, for MockMvc tests that put
 * a probe controller of their own behind it: Spring MVC with Jackson, Spring Security's filter chain, the
 * platform's security configuration, and a clock the test can move. Each test imports it beside what it adds.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
        JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, SecurityAutoConfiguration.class})
public class SecuredEdge {

    @Bean
    MutableClock clock() {
        return new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    }

    /** The answer is a problem document ({@code application/problem+json}) with this {@code code}. */
    public static ResultMatcher problem(String code) {
        return ResultMatcher.matchAll(content().contentType("application/problem+json"), jsonPath("$.code").value(code));
    }
}
