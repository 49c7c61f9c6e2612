package nl.kwaliteitsnetwerk.ledger.platform.errors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * Refusals at the web edge, before a service's own rules are asked: what HTTP, the servlet container or
 * the JSON reader rejects. Each has a stable code, like the rule codes of the services.
 */
public enum EdgeProblem {
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "The request body is not well-formed JSON."),
    MISSING_BODY("missing-body", HttpStatus.BAD_REQUEST, "This request needs a JSON body."),
    DUPLICATE_KEY("duplicate-key", HttpStatus.BAD_REQUEST, "A key appears twice in the same JSON object."),
    UNKNOWN_FIELD("unknown-field", HttpStatus.BAD_REQUEST, "The request body holds a field this request does not know."),
    TYPE_MISMATCH("type-mismatch", HttpStatus.BAD_REQUEST, "A value has the wrong type."),
    MISSING_PARAMETER("missing-parameter", HttpStatus.BAD_REQUEST, "A required parameter or header is missing."),
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "The request is not valid."),
    INVALID_IF_MATCH("invalid-if-match", HttpStatus.BAD_REQUEST,
            "If-Match takes one strong entity tag holding a version, such as \"3\", or *."),
    WEAK_ETAG("weak-etag", HttpStatus.BAD_REQUEST,
            "If-Match takes a strong entity tag such as \"3\"; a weak one (W/\"3\") cannot guard a change."),
    INVALID_CURSOR("invalid-cursor", HttpStatus.BAD_REQUEST,
            "The cursor is not one this list gave out; start again without 'after'."),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Send credentials: HTTP Basic or a bearer token."),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Your role does not allow this request."),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "There is nothing at this address."),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "This address does not answer this method."),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "This address answers JSON only."),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than this service accepts."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json."),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests; retry later."),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "The service cannot answer now; retry later."),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "The request failed unexpectedly.");

    private final String code;
    private final HttpStatus status;
    private final String detail;

    EdgeProblem(String code, HttpStatus status, String detail) {
        this.code = code;
        this.status = status;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public String problemType() {
        return "urn:quality-audit-ledger:problem:" + code;
    }

    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(problemType()));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
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
