package nl.kwaliteitsnetwerk.ledger.validation.web;

import nl.kwaliteitsnetwerk.ledger.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;

/**
 * Which role may call which command. Reads are open to every signed-in user (but the trail's parked
 * records, for the committee and administrators); what they then see is decided by the trail's
 * disclosure rule and the review's access rule. Whether the caller chairs the
 * committee, sits on it, or is independent of a report's institution is a rule of the committee itself.
 */
@Component
class ValidationEndpointRoles implements EndpointRoles {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/committee", "/committee/membership-changes", "/trail/replay-check")
                .hasRole(ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.GET, "/trail/parked").hasAnyRole(VALIDATION_COMMITTEE.name(), ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.POST, "/validation-reviews/*/board-reaction").hasRole(NETWORK_BOARD.name())
                .requestMatchers(HttpMethod.POST, "/validation-reviews", "/validation-reviews/*/answers",
                        "/validation-reviews/*/conclusion", "/validation-reviews/*/publication")
                .hasRole(VALIDATION_COMMITTEE.name())
                .requestMatchers(HttpMethod.POST, "/committee/**", "/validation-reviews/**", "/trail/**").denyAll();
    }
}
