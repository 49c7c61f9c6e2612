package nl.kwaliteitsnetwerk.ledger.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * CSRF protection without tokens. The API is stateless (HTTP Basic or a bearer token, no session, no
 * cookie), so Spring's token-based CSRF filter stays off; but a browser re-sends Basic credentials it has
 * cached to any page that posts to the API, so a foreign page could still make a signed-in browser act.
 * Every state-changing request (any method but GET, HEAD, OPTIONS, TRACE) therefore passes two checks,
 * before any credentials are looked at:
 * <ol>
 *   <li>It must not come from a cross-site browser page: a {@code Sec-Fetch-Site} of {@code cross-site}
 *       or {@code same-site}, or an {@code Origin} other than the service's own, is refused 403
 *       {@code cross-site-request}, unless the origin is listed in {@code qal.security.cross-site.allowed-origins}.</li>
 *   <li>A body may only be JSON ({@code application/json} or {@code application/*+json}): the types a
 *       page can send cross-site without a CORS preflight (form, multipart, text/plain) are refused 415
 *       {@code unsupported-media-type}, covering old browsers that send neither header.</li>
 * </ol>
 * Clients that are not browsers (curl, the services, scripts) send neither {@code Origin} nor
 * {@code Sec-Fetch-Site} and are unaffected; a body-less POST without a {@code Content-Type} passes.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> CROSS_SITE_FETCHES = Set.of("cross-site", "same-site");

    private final Set<String> allowedOrigins;
    private final SecurityProblems problems;

    CrossSiteRequestFilter(SecurityProperties.CrossSite crossSite, SecurityProblems problems) {
        this.allowedOrigins = Set.copyOf(crossSite.allowedOrigins());
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
        } else if (isCrossSite(request)) {
            problems.write(response, HttpStatus.FORBIDDEN, "cross-site-request",
                    "A state-changing request from another site's page is refused.");
        } else if (!isJsonOrNoBodyType(request.getContentType())) {
            problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Send the body as application/json.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private boolean isCrossSite(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && allowedOrigins.contains(origin)) {
            return false;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && CROSS_SITE_FETCHES.contains(fetchSite.trim().toLowerCase())) {
            return true;
        }
        return origin != null && ("null".equals(origin) || isOtherOrigin(request));
    }

    private static boolean isOtherOrigin(HttpServletRequest request) {
        try {
            return CorsUtils.isCorsRequest(request);
        } catch (IllegalArgumentException unparsableOrigin) {
            return true;
        }
    }

    private static boolean isJsonOrNoBodyType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                    || ("application".equals(type.getType()) && "json".equals(type.getSubtypeSuffix()));
        } catch (InvalidMediaTypeException unparsable) {
            return false;
        }
    }
}
