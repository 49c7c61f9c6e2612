package nl.kwaliteitsnetwerk.ledger.platform.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that fails shows an HTML page with the status and stable code the API answers for the same failure
 * (404 for what the reader may not see, 409 for a broken rule, 503 for a ledger break), never a stack trace.
 */
@ControllerAdvice(annotations = BrowserPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrowserPageErrors {

    private final ProblemOf problems;

    BrowserPageErrors(ProblemOf problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        ProblemDetail problem = problems.of(failure, request, response);
        ModelAndView page = new ModelAndView("ui/error");
        page.addObject("problem", FormOutcome.refused(problem));
        page.addObject("incident", problem.getProperties() == null ? null : problem.getProperties().get("incident"));
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(problem.getStatus()));
        return page;
    }
}
