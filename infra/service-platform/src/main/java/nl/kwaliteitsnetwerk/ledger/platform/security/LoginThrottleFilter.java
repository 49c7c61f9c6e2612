package nl.kwaliteitsnetwerk.ledger.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Refuses a request that brings credentials (HTTP Basic or a bearer token) while its user name or its
 * client address is locked by the {@link LoginThrottle}: 429 with {@code Retry-After}, before the
 * credentials are checked, so the right password is refused during a lock as well. Requests without
 * credentials pass, to be answered 401 or to reach the public endpoints.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SecurityProblems problems;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottleFilter(LoginThrottle throttle, SecurityProblems problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait = throttle.lockedFor(basicUser(request), request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                "Too many failed logins for this user or from this address. Try again in " + seconds + " seconds.");
    }

    private String basicUser(HttpServletRequest request) {
        try {
            UsernamePasswordAuthenticationToken token = basic.convert(request);
            return token == null ? null : token.getName();
        } catch (AuthenticationException malformed) {
            return null;
        }
    }
}
