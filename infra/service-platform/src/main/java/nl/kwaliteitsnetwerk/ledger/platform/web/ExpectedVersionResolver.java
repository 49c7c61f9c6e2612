package nl.kwaliteitsnetwerk.ledger.platform.web;

import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblem;
import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblemException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.NativeWebRequest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code If-Match} into an {@link ExpectedVersion}: one strong entity tag holding a version
 * ({@code "7"}), or {@code *}, or no header at all. A weak tag ({@code W/"7"}) is refused with 400
 * {@code weak-etag}: it promises only equivalence, never byte-for-byte the state a change is decided on.
 * Anything else (several tags, no quotes, not a version) is 400 {@code invalid-if-match}.
 */
class ExpectedVersionResolver extends TypedArgumentResolver<ExpectedVersion> {

    private static final Pattern STRONG_VERSION = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    ExpectedVersionResolver() {
        super(ExpectedVersion.class);
    }

    @Override
    protected ExpectedVersion resolve(MethodParameter parameter, NativeWebRequest request) {
        String[] headers = request.getHeaderValues(HttpHeaders.IF_MATCH);
        if (headers == null || headers.length == 0) {
            return ExpectedVersion.any();
        }
        if (headers.length > 1) {
            throw new EdgeProblemException(EdgeProblem.INVALID_IF_MATCH);
        }
        return parse(headers[0].trim());
    }

    static ExpectedVersion parse(String tag) {
        if (tag.equals("*")) {
            return ExpectedVersion.any();
        }
        if (tag.startsWith("W/")) {
            throw new EdgeProblemException(EdgeProblem.WEAK_ETAG);
        }
        Matcher version = STRONG_VERSION.matcher(tag);
        if (!version.matches()) {
            throw new EdgeProblemException(EdgeProblem.INVALID_IF_MATCH);
        }
        return ExpectedVersion.of(Long.parseLong(version.group(1)));
    }
}
