package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.web.TypedArgumentResolver;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.NativeWebRequest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the authenticated principal, a configured user or a JWT, into a {@link Caller}. */
public class CallerResolver extends TypedArgumentResolver<Caller> {

    private static final Set<String> ROLE_AUTHORITIES =
            Arrays.stream(Role.values()).map(Role::authority).collect(Collectors.toSet());

    private final String institutionClaim;

    public CallerResolver(String institutionClaim) {
        super(Caller.class);
        this.institutionClaim = institutionClaim;
    }

    @Override
    protected Caller resolve(MethodParameter parameter, NativeWebRequest request) {
        return current();
    }

    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new InsufficientAuthenticationException("no authenticated caller");
        }
        Set<Role> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(ROLE_AUTHORITIES::contains)
                .map(authority -> Role.valueOf(authority.substring("ROLE_".length())))
                .collect(Collectors.toSet());
        return new Caller(authentication.getName(), roles, institutionOf(authentication.getPrincipal()));
    }

    private String institutionOf(Object principal) {
        if (principal instanceof LedgerUserDetails user) {
            return user.institutionCode();
        }
        if (principal instanceof Jwt jwt) {
            return jwt.getClaimAsString(institutionClaim);
        }
        return null;
    }
}
