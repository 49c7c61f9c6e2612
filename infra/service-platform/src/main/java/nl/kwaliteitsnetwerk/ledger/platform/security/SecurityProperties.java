package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code qal.security.users}: users and their roles from configuration, for the embedded default.
 * In production leave it empty and set {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 * {@code qal.security.login-throttle.*} bounds failed logins; {@code qal.security.cross-site.*} names
 * the browser origins, besides the service's own, that may send state-changing requests.
 */
@ConfigurationProperties("qal.security")
public record SecurityProperties(List<ConfiguredUser> users, String rolesClaim, String institutionClaim,
                                 LoginThrottle loginThrottle, CrossSite crossSite) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        institutionClaim = institutionClaim == null ? "institution" : institutionClaim;
        loginThrottle = loginThrottle == null ? new LoginThrottle(null, null, null, null, null, null, null) : loginThrottle;
        crossSite = crossSite == null ? new CrossSite(null) : crossSite;
    }

    public record ConfiguredUser(String name, String password, Set<Role> roles, String institution) {
    }

    /**
     * After {@code maxFailuresPerUser} failed logins for one user name, or {@code maxFailuresPerAddress}
     * from one client address, within {@code window}, that name or address is locked for {@code lock};
     * each further lock lasts {@code backoffMultiplier} times longer, up to {@code maxLock}. A multiplier
     * of 1 gives a fixed lock.
     */
    public record LoginThrottle(Boolean enabled, Integer maxFailuresPerUser, Integer maxFailuresPerAddress,
                                Duration window, Duration lock, Duration maxLock, Integer backoffMultiplier) {

        public LoginThrottle {
            enabled = enabled == null || enabled;
            maxFailuresPerUser = maxFailuresPerUser == null ? 5 : maxFailuresPerUser;
            maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
            window = window == null ? Duration.ofMinutes(5) : window;
            lock = lock == null ? Duration.ofMinutes(1) : lock;
            maxLock = maxLock == null ? Duration.ofMinutes(30) : maxLock;
            backoffMultiplier = backoffMultiplier == null ? 2 : backoffMultiplier;
            if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1 || backoffMultiplier < 1
                    || lock.isNegative() || lock.isZero() || maxLock.compareTo(lock) < 0 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("qal.security.login-throttle: limits and multiplier at least 1, "
                        + "window and lock positive, max-lock at least lock");
            }
        }
    }

    /** Origins (scheme://host[:port]) of browser front ends that may send state-changing requests. */
    public record CrossSite(List<String> allowedOrigins) {

        public CrossSite {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }
}
