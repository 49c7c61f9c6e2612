package nl.kwaliteitsnetwerk.ledger.platform.errors;

import org.springframework.http.ProblemDetail;

/** A refusal at the web edge with its own code, raised by the platform's resolvers and filters. */
public class EdgeProblemException extends RuntimeException {

    private final transient EdgeProblem problem;

    private final String field;

    public EdgeProblemException(EdgeProblem problem) {
        this(problem, problem.detail(), null);
    }

    /** {@code field} names the parameter or header refused, for the client to point at. */
    public EdgeProblemException(EdgeProblem problem, String detail, String field) {
        super(detail);
        this.problem = problem;
        this.field = field;
    }

    public ProblemDetail toProblem() {
        ProblemDetail detail = problem.problem(getMessage());
        if (field != null) {
            detail.setProperty("field", field);
        }
        return detail;
    }

    public EdgeProblem problem() {
        return problem;
    }
}
