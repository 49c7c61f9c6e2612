package nl.kwaliteitsnetwerk.ledger.platform.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.platform.text.TextFields;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A browser form sends the API's own command: its fields become the API's JSON body, read by the API's strict
 * reader into the API's request record, held to the text rule and the record's bean validation as the API
 * holds a body, and handed to the API controller's own handler. There is no second write path; whatever the
 * API refuses, the form shows with the same status and code.
 */
public class FormCommands {

    private final ObjectMapper strictReader;
    private final Validator validator;
    private final ProblemOf problems;

    FormCommands(ObjectMapper strictReader, Validator validator, ProblemOf problems) {
        this.strictReader = strictReader;
        this.validator = validator;
        this.problems = problems;
    }

    /**
     * Reads the request's form fields as a {@code requestType} body and, if the API would take it, calls
     * {@code apiCall} with it; never throws for what the API would refuse.
     */
    public <T> FormOutcome send(HttpServletRequest request, HttpServletResponse response, Class<T> requestType,
                                Function<T, ResponseEntity<CommandAccepted>> apiCall) {
        try {
            T body = read(request, requestType);
            TextFields.requireCanonical(body);
            Set<ConstraintViolation<T>> violations = validator.validate(body);
            if (!violations.isEmpty()) {
                return FormOutcome.refused(invalid(violations));
            }
            return FormOutcome.accepted(apiCall.apply(body).getBody());
        } catch (Exception refused) {
            return FormOutcome.refused(problems.of(refused, request, response));
        }
    }

    /** A command with no body: only the version the page showed travels. */
    public FormOutcome send(HttpServletRequest request, HttpServletResponse response,
                            java.util.function.Supplier<ResponseEntity<CommandAccepted>> apiCall) {
        try {
            return FormOutcome.accepted(apiCall.get().getBody());
        } catch (Exception refused) {
            return FormOutcome.refused(problems.of(refused, request, response));
        }
    }

    private <T> T read(HttpServletRequest request, Class<T> requestType) {
        Map<String, String[]> fields = request.getParameterMap();
        try {
            return strictReader.treeToValue(FormFields.toJson(fields, strictReader), requestType);
        } catch (JsonProcessingException unreadable) {
            throw new HttpMessageNotReadableException("The form cannot be read as this request.", unreadable,
                    new ServletServerHttpRequest(request));
        }
    }

    private static <T> ProblemDetail invalid(Set<ConstraintViolation<T>> violations) {
        List<Map<String, String>> errors = violations.stream()
                .map(violation -> Map.of("field", violation.getPropertyPath().toString(),
                        "message", String.valueOf(violation.getMessage())))
                .sorted(Comparator.comparing(error -> error.get("field")))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST,
                "The request has " + errors.size() + " invalid field(s).");
        problem.setType(URI.create(CommonErrors.INVALID_REQUEST.problemType()));
        problem.setProperty("code", CommonErrors.INVALID_REQUEST.code());
        problem.setProperty("errors", errors);
        return problem;
    }
}
