package nl.kwaliteitsnetwerk.ledger.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's table of which roles may call which endpoints. Checked in the security filter,
 * before the request body is even read, so a caller without the role learns nothing but 403.
 */
@FunctionalInterface
public interface EndpointRoles {

    void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);
}
