package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;

/**
 * Which role may call which command. Reads are open to every signed-in user; what they then see is
 * decided per dialogue or review by its access rule. Whether the caller is on this committee, this
 * panel, or of this institution is a rule of the aggregate itself.
 */
@Component
class DialogueEndpointRoles implements EndpointRoles {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/dialogues").hasAnyRole(ADMINISTRATOR.name(), INSTITUTION.name())
                .requestMatchers(HttpMethod.POST, "/dialogues/*/committee", "/peer-reviews", "/panel-reviews",
                        "/panel-reviews/*/panel").hasRole(ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.POST, "/dialogues/*/documents", "/dialogues/*/reaction",
                        "/dialogues/*/recommendations/**", "/dialogues/*/agenda/**", "/panel-reviews/*/self-evaluations",
                        "/panel-reviews/*/reaction").hasRole(INSTITUTION.name())
                .requestMatchers(HttpMethod.POST, "/dialogues/*/questionnaires", "/dialogues/*/sessions",
                        "/dialogues/*/sessions/*/record", "/dialogues/*/observations", "/dialogues/*/observations/**",
                        "/dialogues/*/report-drafts", "/dialogues/*/final-report", "/dialogues/*/publication")
                .hasRole(DIALOGUE_COMMITTEE.name())
                .requestMatchers(HttpMethod.POST, "/peer-reviews/**").hasRole(PROCESS_GUIDE.name())
                .requestMatchers(HttpMethod.POST, "/panel-reviews/*/judgements", "/panel-reviews/*/report",
                        "/panel-reviews/*/publication").hasRole(PANEL_MEMBER.name())
                .requestMatchers(HttpMethod.POST, "/dialogues/**", "/panel-reviews/**").denyAll();
    }
}
