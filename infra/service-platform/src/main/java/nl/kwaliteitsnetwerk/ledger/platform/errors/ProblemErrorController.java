package nl.kwaliteitsnetwerk.ledger.platform.errors;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * What the servlet container forwards to {@code /error} (a rejected URL, a filter's sendError, a failure
 * outside Spring MVC) answers problem+json with a code too, instead of Spring Boot's default body.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = MediaType.ALL_VALUE)
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : HttpStatus.NOT_FOUND.value();
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ProblemDetail problem;
        if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            if (failure instanceof Throwable thrown) {
                log.error("incident {}: unexpected failure outside the handlers", incident, thrown);
            } else {
                log.error("incident {}: answered {} outside the handlers", incident, status);
            }
            problem = EdgeProblem.forStatus(status).problem("The request failed unexpectedly. Quote incident " + incident
                    + " when you report it.");
            problem.setProperty("incident", incident);
            problem.setStatus(status);
        } else {
            log.debug("refused by the container: {} {}", status, LogSafe.of(request.getAttribute(RequestDispatcher.ERROR_MESSAGE)));
            EdgeProblem edge = EdgeProblem.forStatus(status);
            problem = edge.problem();
            problem.setStatus(status);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
