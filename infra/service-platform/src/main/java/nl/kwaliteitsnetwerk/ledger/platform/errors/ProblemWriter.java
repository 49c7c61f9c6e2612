package nl.kwaliteitsnetwerk.ledger.platform.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;

/**
 * Writes an RFC 9457 problem document outside Spring MVC, i.e. from the security filters. The stable
 * {@code code} is the last segment of the problem type, as for every other problem.
 */
public class ProblemWriter {

    private static final String TYPE_PREFIX = "urn:quality-audit-ledger:problem:";

    private final ObjectMapper objectMapper;

    public ProblemWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        problem.setProperty("code", type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length())
                : EdgeProblem.forStatus(status.value()).code());
        write(response, problem);
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        HttpStatus status = HttpStatus.valueOf(problem.getStatus());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
