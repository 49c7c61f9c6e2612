package nl.kwaliteitsnetwerk.ledger.platform.errors;

import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * Refusals at the web edge, before a service's own rules are asked: what HTTP, the servlet container or
 * the JSON reader rejects. Each has a stable code, like the rule codes of the services.
 */
public enum EdgeProblem {
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "The request body is not well-formed JSON."),
    MISSING_BODY(HttpStatus.BAD_REQUEST, "This request needs a JSON body."),
    DUPLICATE_KEY(HttpStatus.BAD_REQUEST, "A key appears twice in the same JSON object."),
    UNKNOWN_FIELD(HttpStatus.BAD_REQUEST, "The request body holds a field this request does not know."),
    TYPE_MISMATCH(HttpStatus.BAD_REQUEST, "A value has the wrong type."),
    MISSING_PARAMETER(HttpStatus.BAD_REQUEST, "A required parameter or header is missing."),
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "The request is not valid."),
    INVALID_IF_MATCH(HttpStatus.BAD_REQUEST,
            "If-Match takes one strong entity tag holding a version, such as \"3\", or *."),
    WEAK_ETAG(HttpStatus.BAD_REQUEST,
            "If-Match takes a strong entity tag such as \"3\"; a weak one (W/\"3\") cannot guard a change."),
    INVALID_CURSOR(HttpStatus.BAD_REQUEST,
            "The cursor is not one this list gave out; start again without 'after'."),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Send credentials: HTTP Basic or a bearer token."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Your role does not allow this request."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "There is nothing at this address."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "This address does not answer this method."),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "This address answers JSON only."),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than this service accepts."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json."),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests; retry later."),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The service cannot answer now; retry later."),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "The request failed unexpectedly.");

    private final HttpStatus status;
    private final String detail;

    EdgeProblem(HttpStatus status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    /** The stable code, named after the breach as the constant is. */
    public String code() {
        return ErrorCode.nameAsCode(this);
    }

    public HttpStatus status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public String problemType() {
        return "urn:quality-audit-ledger:problem:" + code();
    }

    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(problemType()));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code());
        return problem;
    }

    public ProblemDetail problem() {
        return problem(detail);
    }

    /** The edge problem for a status met outside a handler (a container rejection, a missing page). */
    public static EdgeProblem forStatus(int status) {
        for (EdgeProblem candidate : values()) {
            if (candidate.status.value() == status && candidate != MALFORMED_JSON && candidate != MISSING_BODY
                    && candidate != DUPLICATE_KEY && candidate != UNKNOWN_FIELD && candidate != TYPE_MISMATCH
                    && candidate != MISSING_PARAMETER) {
                return candidate;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
    }
}
