package nl.kwaliteitsnetwerk.ledger.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The browser's way in, beside the API's: the pages under {@code /ui}, a login form, a session and
 * Spring's CSRF token on every form. The API's own chain ({@link SecurityAutoConfiguration}) stays
 * stateless (HTTP Basic or a bearer token) and is untouched; a session cookie never authenticates an API
 * call. The same users, roles and login throttle serve both.
 */
@AutoConfiguration(after = SecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class BrowserSecurityAutoConfiguration {

    /** What the browser chain answers for; everything else is the API's. */
    public static final String[] BROWSER_PATHS = {"/ui", "/ui/**", "/login", "/logout", "/webjars/**"};

    /**
     * Scripts, styles and images come from the service only: no inline script, no event-handler attribute,
     * no other site. The pages embed data (a ledger proof) as {@code application/json} blocks, which run nothing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(1)
    public SecurityFilterChain ledgerBrowserSecurityFilterChain(HttpSecurity http, LoginThrottle loginThrottle)
            throws Exception {
        http.securityMatcher(BROWSER_PATHS)
                .addFilterBefore(new FormLoginThrottle(loginThrottle), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/ui/assets/**", "/webjars/**", "/login").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/ui", false)
                        .failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A login form posted while its user name or address is locked by the {@link LoginThrottle} goes back to
     * the form before the password is checked, as a locked HTTP Basic login answers 429.
     */
    static final class FormLoginThrottle extends OncePerRequestFilter {

        static final int MAX_USER_NAME = 100;

        private final LoginThrottle throttle;

        FormLoginThrottle(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI())
                    && lockedOrOverlong(request.getParameter("username"), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
            chain.doFilter(request, response);
        }

        /** A user name longer than any configured one is not looked up, nor kept by the throttle. */
        private boolean lockedOrOverlong(String user, String address) {
            return (user != null && user.length() > MAX_USER_NAME) || throttle.lockedFor(user, address).isPresent();
        }
    }
}
