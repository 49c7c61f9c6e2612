package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;

/**
 * {@code qal.security.users}: users and their roles from configuration, for the embedded default.
 * In production leave it empty and set {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 */
@ConfigurationProperties("qal.security")
public record SecurityProperties(List<ConfiguredUser> users, String rolesClaim, String institutionClaim) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        institutionClaim = institutionClaim == null ? "institution" : institutionClaim;
    }

    public record ConfiguredUser(String name, String password, Set<Role> roles, String institution) {
    }
}
