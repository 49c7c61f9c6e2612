package nl.kwaliteitsnetwerk.ledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblem;
import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblemException;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Reads {@code after} and {@code limit} into a {@link Paging}; a limit outside 1..200 or a foreign cursor is 400. */
class PagingResolver extends TypedArgumentResolver<Paging> {

    PagingResolver() {
        super(Paging.class);
    }

    @Override
    protected Paging resolve(MethodParameter parameter, NativeWebRequest webRequest) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        String after = webRequest.getParameter("after");
        String path = UriComponentsBuilder.fromUriString(request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()))
                .replaceQueryParam("after").replaceQueryParam("limit").build().toUriString();
        return new Paging(after == null ? null : Paging.keyOf(after), limit(webRequest.getParameter("limit")), path);
    }

    private static int limit(String limit) {
        if (limit == null) {
            return Paging.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= Paging.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like a number out of range
        }
        throw new EdgeProblemException(EdgeProblem.INVALID_REQUEST,
                "limit is a whole number from 1 to " + Paging.MAX_LIMIT + ".", "limit");
    }
}
