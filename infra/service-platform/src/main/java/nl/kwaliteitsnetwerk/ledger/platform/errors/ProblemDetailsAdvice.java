package nl.kwaliteitsnetwerk.ledger.platform.errors;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrityException;
import nl.kwaliteitsnetwerk.ledger.platform.text.InvalidTextWhileReading;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Maps every failure to an RFC 9457 problem document: the service's rule codes by their category
 * (400/403/404/409), Axon's version conflicts to 409, anything unexpected to a 500 that names an
 * incident id and nothing else. Stack traces stay in the log.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(RuleViolation.class)
    public ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation) {
        ResponseEntity<ProblemDetail> response = problem(violation.errorCode(), violation.getMessage());
        if (violation instanceof InvalidText invalid) {
            response.getBody().setProperty("field", invalid.field());
        }
        return response;
    }

    /**
     * Refused while the body was read: a text refused by the text rule (an institution code normalises as it
     * is built), a body over the size limit, or JSON that is malformed, repeats a key, names an unknown field
     * or holds a value of the wrong type; each answered with its own code and the field where known.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return InvalidTextWhileReading.in(ex)
                .<ResponseEntity<Object>>map(invalid -> ResponseEntity.badRequest().body(ruleViolation(invalid).getBody()))
                .orElseGet(() -> edge(UnreadableBody.describe(ex)));
    }

    /**
     * Every other refusal Spring MVC makes itself (405, 406, 415, a missing parameter, no such page) gets a code.
     * A response already committed gets nothing, as in Spring's own method this one replaces: an event stream
     * that times out (the public feed's at a graceful shutdown) has sent its headers and events, and a problem
     * document written into it failed with "no converter".
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null && servlet.getResponse().isCommitted()) {
            log.debug("refused after the response was committed, nothing more is written: {}", LogSafe.of(ex.getMessage()));
            return null;
        }
        log.debug("refused at the web edge: {}", LogSafe.of(ex.getMessage()));
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(statusCode, EdgeProblem.forStatus(statusCode.value()).detail());
        EdgeProblem edge = EdgeProblems.of(ex, statusCode.value());
        if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
            problem.setType(URI.create(edge.problemType()));
            problem.setProperty("code", edge.code());
        }
        if (edge == EdgeProblem.INTERNAL_ERROR) {
            ResponseEntity<ProblemDetail> failed = unexpected(ex);
            return ResponseEntity.status(failed.getStatusCode()).body(failed.getBody());
        }
        return ResponseEntity.status(statusCode).headers(headers).body(problem);
    }

    /** The firewall met a parameter name or value it refuses (a control character, say) when the handler asked for it. */
    @ExceptionHandler(RequestRejectedException.class)
    public ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        log.debug("request rejected: {}", LogSafe.of(e.getMessage()));
        return ResponseEntity.badRequest().body(EdgeProblem.INVALID_REQUEST.problem(
                "The request holds a parameter name or value this service does not accept."));
    }

    @ExceptionHandler(EdgeProblemException.class)
    public ResponseEntity<ProblemDetail> edgeProblem(EdgeProblemException e) {
        return ResponseEntity.status(e.problem().status()).body(e.toProblem());
    }

    /** A body grew past the limit while it was read (a chunked body announces no length). */
    @ExceptionHandler(PayloadTooLarge.class)
    public ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(EdgeProblem.PAYLOAD_TOO_LARGE.problem());
    }

    /** Jackson could not even build a reader for the body (a definition problem met only by odd input). */
    @ExceptionHandler(HttpMessageConversionException.class)
    public ResponseEntity<ProblemDetail> unconvertible(HttpMessageConversionException e) {
        log.info("a request body could not be converted: {}", LogSafe.of(e.getMessage()));
        return ResponseEntity.badRequest().body(EdgeProblem.INVALID_REQUEST.problem("The request body cannot be read as this request."));
    }

    private static ResponseEntity<Object> edge(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * A guard only: the aggregates compare the version a command names themselves ({@link StaleVersion}),
     * after they have decided the sender may see them, and no command asks Axon to compare it on loading,
     * where it would be refused before that decision. Should Axon refuse one all the same, it says the same.
     */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    public ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e) {
        return problem(CommonErrors.STALE_VERSION, StaleVersion.detail(e.getExpectedVersion(), e.getActualVersion()));
    }

    @ExceptionHandler(ConcurrencyException.class)
    public ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        return problem(CommonErrors.CONCURRENT_MODIFICATION,
                "Someone else changed this resource at the same moment. Read it again and retry.");
    }

    /** The aggregate a creating command names exists already (only one validation committee, say). */
    @ExceptionHandler(AggregateStreamCreationException.class)
    public ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        return problem(CommonErrors.ALREADY_EXISTS, "It exists already; a second one cannot be created with the same id.");
    }

    /** A break where the request reads or writes: nothing is served as truth, nothing appended. */
    @ExceptionHandler(LedgerIntegrityException.class)
    public ResponseEntity<ProblemDetail> ledgerIntegrity(LedgerIntegrityException e) {
        LedgerBreak broken = e.broken();
        ResponseEntity<ProblemDetail> answer = problem(CommonErrors.LEDGER_INTEGRITY, "The ledger does not verify here ("
                + broken.kind().name().toLowerCase() + "), so it is neither served nor changed. Operators have been alarmed.");
        answer.getBody().setProperty("breakKind", broken.kind().name().toLowerCase());
        if (broken.position() != null) {
            answer.getBody().setProperty("position", broken.position());
        }
        return answer;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<ProblemDetail> unknownAggregate(AggregateNotFoundException e) {
        return ruleViolation(RuleViolation.notFound(String.valueOf(e.getAggregateIdentifier())));
    }

    @ExceptionHandler(NotFound.class)
    public ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problem(CommonErrors.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problem(CommonErrors.FORBIDDEN, "Your role does not allow this request.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<ProblemDetail> invalidValue(IllegalArgumentException e) {
        log.debug("invalid value: {}", LogSafe.of(e.getMessage()));
        return problem(CommonErrors.INVALID_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = EdgeProblem.TYPE_MISMATCH.problem("Parameter '" + e.getName() + "' has an invalid value.");
        problem.setProperty("field", e.getName());
        return ResponseEntity.badRequest().body(problem);
    }

    /** Axon wraps what a handler threw when the command crossed a boundary; answer for the cause. */
    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        return causesAnswered().stream().filter(answer -> answer.type().isInstance(cause)).findFirst()
                .map(answer -> answer.to(cause))
                .orElseGet(() -> unexpected(e));
    }

    /** The causes a wrapped command failure is answered for as if thrown directly; any other is unexpected. */
    private List<CauseAnswer<?>> causesAnswered() {
        return List.of(new CauseAnswer<>(RuleViolation.class, this::ruleViolation),
                new CauseAnswer<>(ConflictingAggregateVersionException.class, this::staleVersion),
                new CauseAnswer<>(ConcurrencyException.class, this::concurrentChange),
                new CauseAnswer<>(AggregateStreamCreationException.class, this::alreadyExists),
                new CauseAnswer<>(AggregateNotFoundException.class, this::unknownAggregate),
                new CauseAnswer<>(LedgerIntegrityException.class, this::ledgerIntegrity));
    }

    private record CauseAnswer<T extends Throwable>(Class<T> type, Function<T, ResponseEntity<ProblemDetail>> handler) {
        ResponseEntity<ProblemDetail> to(Throwable cause) {
            return handler.apply(type.cast(cause));
        }
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("incident {}: unexpected failure", incident, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request failed unexpectedly. Quote incident " + incident + " when you report it.");
        problem.setType(URI.create("urn:quality-audit-ledger:problem:internal-error"));
        problem.setTitle("Internal error");
        problem.setProperty("incident", incident);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::describe)
                .toList();
        ProblemDetail problem = detail(CommonErrors.INVALID_REQUEST, "The request has " + errors.size() + " invalid field(s).");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A query parameter or path variable refused by its constraint: named, like a body's fields. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                           HttpHeaders headers, HttpStatusCode status,
                                                                           WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        ProblemDetail problem = detail(CommonErrors.INVALID_REQUEST, "The request has " + errors.size() + " invalid parameter(s).");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static Map<String, String> describe(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }

    public static ResponseEntity<ProblemDetail> problem(ErrorCode code, String detail) {
        return ResponseEntity.status(code.category().httpStatus()).body(detail(code, detail));
    }

    private static ProblemDetail detail(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.category().httpStatus()), detail);
        problem.setType(URI.create(code.problemType()));
        problem.setTitle(code.category().title());
        problem.setProperty("code", code.code());
        return problem;
    }
}
