package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;

/**
 * Which role may call which audit command. Reads are open to every signed-in user; what they then
 * see is decided per audit by {@link AuditAccess}. Whether the caller is the lead auditor, on the
 * team, or of the audited institution is a rule of the audit itself, checked by the aggregate.
 */
@Component
class AuditEndpointRoles implements EndpointRoles {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/audits", "/audits/*/team").hasRole(ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.POST, "/audits/*/findings", "/audits/*/findings/**", "/audits/*/judgements",
                        "/audits/*/overall-judgement").hasAnyRole(LEAD_AUDITOR.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/audits/*/comments").hasAnyRole(INSTITUTION.name(), QUALITY_COUNCIL.name())
                .requestMatchers(HttpMethod.POST, "/audits/*/follow-ups/*/done").hasRole(INSTITUTION.name())
                .requestMatchers(HttpMethod.POST, "/audits/*/intake", "/audits/*/site-visit", "/audits/*/oral-feedback",
                        "/audits/*/concept-report", "/audits/*/reopening", "/audits/*/comments/*/disposition",
                        "/audits/*/final-report", "/audits/*/errata", "/audits/*/publication",
                        "/audits/*/follow-ups/*/acceptance", "/audits/*/follow-ups/*/reopening")
                .hasRole(LEAD_AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/audits/**").denyAll();
    }
}
