package nl.kwaliteitsnetwerk.ledger.platform.security;

import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Feeds the {@link LoginThrottle} from Spring Security's authentication events: bad credentials (a wrong
 * password, an unknown user, an invalid bearer token) count against the address and, for HTTP Basic,
 * against the user name; a success clears the user name's count. A bearer token has no user name, so
 * for JWT only the address counts.
 */
public class LoginOutcomes implements ApplicationListener<AbstractAuthenticationEvent> {

    private final LoginThrottle throttle;

    public LoginOutcomes(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onApplicationEvent(AbstractAuthenticationEvent event) {
        Authentication authentication = event.getAuthentication();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.failed(userName(authentication), address(authentication));
        } else if (event instanceof AuthenticationSuccessEvent) {
            throttle.succeeded(userName(authentication));
        }
    }

    private static String userName(Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken ? authentication.getName() : null;
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
