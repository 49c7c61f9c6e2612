package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the authenticated principal, a configured user or a JWT, into a {@link Caller}. */
public class CallerResolver implements HandlerMethodArgumentResolver {

    private static final Set<String> ROLE_AUTHORITIES =
            Arrays.stream(Role.values()).map(Role::authority).collect(Collectors.toSet());

    private final String institutionClaim;

    public CallerResolver(String institutionClaim) {
        this.institutionClaim = institutionClaim;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
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
