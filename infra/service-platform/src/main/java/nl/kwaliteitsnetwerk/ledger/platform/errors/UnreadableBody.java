package nl.kwaliteitsnetwerk.ledger.platform.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import nl.kwaliteitsnetwerk.ledger.platform.text.JsonFieldPath;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Why a request body could not be read, as a problem with a code and, where Jackson knows it, the field. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static ProblemDetail describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (causedBy(ex, PayloadTooLarge.class)) {
            return EdgeProblem.PAYLOAD_TOO_LARGE.problem();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = LogSafe.of(JsonFieldPath.of(unknown));
            return withField(EdgeProblem.UNKNOWN_FIELD.problem("Unknown field '" + field + "': this request has no such field."), field);
        }
        if (cause instanceof JsonParseException parse && String.valueOf(parse.getOriginalMessage()).startsWith("Duplicate field")) {
            return EdgeProblem.DUPLICATE_KEY.problem();
        }
        if (cause instanceof StreamReadException || cause instanceof MismatchedInputException trailing
                && String.valueOf(trailing.getOriginalMessage()).startsWith("Trailing token")) {
            return EdgeProblem.MALFORMED_JSON.problem();
        }
        if (cause instanceof ValueInstantiationException invalid) {
            return withField(EdgeProblem.INVALID_REQUEST.problem("A value in the request body is not valid."), JsonFieldPath.of(invalid));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = JsonFieldPath.of(mismatch);
            if (field.isEmpty()) {
                return EdgeProblem.TYPE_MISMATCH.problem("The request body has the wrong shape for this request.");
            }
            return withField(EdgeProblem.TYPE_MISMATCH.problem("Field '" + field + "' has a value of the wrong type."), field);
        }
        if (cause instanceof JsonMappingException mapping) {
            return withField(EdgeProblem.INVALID_REQUEST.problem("A value in the request body is not valid."), JsonFieldPath.of(mapping));
        }
        if (cause == null && String.valueOf(ex.getMessage()).startsWith("Required request body is missing")) {
            return EdgeProblem.MISSING_BODY.problem();
        }
        return EdgeProblem.MALFORMED_JSON.problem();
    }

    private static ProblemDetail withField(ProblemDetail problem, String field) {
        if (!field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
