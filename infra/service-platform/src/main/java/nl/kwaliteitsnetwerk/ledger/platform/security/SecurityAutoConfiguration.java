package nl.kwaliteitsnetwerk.ledger.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.errors.ProblemWriter;
import nl.kwaliteitsnetwerk.ledger.platform.observability.ManagementPort;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every request is authenticated, except health probes, the OpenAPI document and a metrics scrape on the
 * separate management port ({@link ManagementPort}). Users come from
 * {@code qal.security.users} (HTTP Basic) on the embedded default, or from a JWT issuer when one
 * is configured. Roles are checked per endpoint by the services; failures answer problem+json.
 * Failed logins are throttled per user name and per address ({@link LoginThrottle}, 429), and a browser
 * page of another site cannot change state ({@link CrossSiteRequestFilter}, 403/415).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration")
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

    @Bean
    public SecurityFilterChain ledgerSecurityFilterChain(HttpSecurity http, ProblemWriter problems,
                                                         SecurityProperties properties,
                                                         ObjectProvider<JwtDecoder> jwtDecoder,
                                                         ManagementPort managementPort, LoginThrottle loginThrottle,
                                                         ObjectMapper objectMapper) throws Exception {
        SecurityProblems securityProblems = new SecurityProblems(objectMapper);
        // token CSRF is off (stateless, no cookies); CrossSiteRequestFilter protects browsers instead
        http.csrf(AbstractHttpConfigurer::disable)
                .addFilterAt(new CrossSiteRequestFilter(properties.crossSite(), securityProblems), CsrfFilter.class)
                .addFilterBefore(new LoginThrottleFilter(loginThrottle, securityProblems), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    // an async dispatch (a server-sent event stream) continues a request that was authorised already
                    requests.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                            .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                            .requestMatchers(managementPort.scrapes()).permitAll()
                            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                            .requestMatchers("/actuator/**").hasRole(Role.ADMINISTRATOR.name())
                            .requestMatchers("/error").permitAll();
                    // which role may call which endpoint is stated on the endpoint itself (@Allowed, @SignedIn)
                    requests.anyRequest().authenticated();
                })
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthenticated(problems, "Send credentials: HTTP Basic or a bearer token."))
                        .accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
                                CommonErrors.FORBIDDEN.problemType(), "Not permitted",
                                "Your role does not allow this request.")));
        if (!properties.users().isEmpty()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated(problems, "Unknown user or wrong password.")));
        }
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(jwtRoles(properties)))
                    .authenticationEntryPoint(invalidBearerToken(problems)));
        }
        return http.build();
    }

    private static AuthenticationEntryPoint unauthenticated(ProblemWriter problems, String detail) {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"quality-audit-ledger\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "urn:quality-audit-ledger:problem:unauthenticated",
                    "Authentication required", detail);
        };
    }

    /** Spring's own bearer entry point sets the RFC 6750 header (error="invalid_token"); the body is our problem. */
    private static AuthenticationEntryPoint invalidBearerToken(ProblemWriter problems) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, ex) -> {
            bearer.commence(request, response, ex);
            problems.write(response, HttpStatus.UNAUTHORIZED, "urn:quality-audit-ledger:problem:unauthenticated",
                    "Authentication required", "The bearer token is not valid.");
        };
    }

    @Bean
    public LoginThrottle loginThrottle(SecurityProperties properties, ObjectProvider<Clock> clock) {
        return new LoginThrottle(properties.loginThrottle(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnProperty(name = "qal.security.login-throttle.enabled", matchIfMissing = true)
    public LoginOutcomes loginOutcomes(LoginThrottle loginThrottle) {
        return new LoginOutcomes(loginThrottle);
    }

    /** See {@link ConfiguredUsersPasswordEncoder}: an unknown user name costs what a wrong password costs. */
    @Bean
    @ConditionalOnMissingBean
    public PasswordEncoder passwordEncoder(SecurityProperties properties) {
        return ConfiguredUsersPasswordEncoder.forUsers(properties.users());
    }

    @Bean
    public ManagementPort managementPort() {
        return new ManagementPort();
    }

    @Bean
    public UserDetailsService configuredUsers(SecurityProperties properties) {
        Map<String, LedgerUserDetails> users = properties.users().stream()
                .map(SecurityAutoConfiguration::toUserDetails)
                .collect(Collectors.toMap(LedgerUserDetails::getUsername, Function.identity()));
        return username -> {
            LedgerUserDetails user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException("unknown user");
            }
            // A fresh copy: Spring Security erases the password of the instance it authenticates.
            return new LedgerUserDetails(user.getUsername(), user.getPassword(), user.getAuthorities(), user.institutionCode());
        };
    }

    private static LedgerUserDetails toUserDetails(SecurityProperties.ConfiguredUser user) {
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new LedgerUserDetails(user.name(), user.password(), authorities, user.institution());
    }

    private static Converter<Jwt, AbstractAuthenticationToken> jwtRoles(SecurityProperties properties) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<String> roles = jwt.getClaimAsStringList(properties.rolesClaim());
            return roles == null ? List.of() : roles.stream()
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .collect(Collectors.toList());
        });
        return converter;
    }

    /** Refuses to start a service with an endpoint that does not state who may call it. */
    @Bean
    public static RolesStated rolesStated() {
        return new RolesStated();
    }

    @Bean
    public CallerResolver callerResolver(SecurityProperties properties) {
        return new CallerResolver(properties.institutionClaim());
    }

    @Bean
    public WebMvcConfigurer callerArgument(CallerResolver callerResolver) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(callerResolver);
                resolvers.add(new ActorResolver(callerResolver));
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AllowedRolesInterceptor(callerResolver));
            }
        };
    }
}
