package nl.kwaliteitsnetwerk.ledger.platform.ui;

import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Map;

/**
 * What a form's command came to: accepted (the record's id and new version), or refused with the status,
 * stable code and detail the API answers for the same request, and the fields at fault.
 */
public record FormOutcome(CommandAccepted accepted, int status, String code, String detail, List<FieldProblem> fields) {

    public FormOutcome {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public record FieldProblem(String field, String message) {
    }

    static FormOutcome accepted(CommandAccepted accepted) {
        return new FormOutcome(accepted, 200, null, null, List.of());
    }

    static FormOutcome refused(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
        List<FieldProblem> fields = new java.util.ArrayList<>();
        if (properties.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                if (error instanceof Map<?, ?> described) {
                    fields.add(new FieldProblem(String.valueOf(described.get("field")), String.valueOf(described.get("message"))));
                }
            }
        } else if (properties.get("field") != null) {
            fields.add(new FieldProblem(String.valueOf(properties.get("field")), problem.getDetail()));
        }
        return new FormOutcome(null, problem.getStatus(), String.valueOf(properties.getOrDefault("code", "")),
                problem.getDetail(), fields);
    }

    public boolean isAccepted() {
        return accepted != null;
    }

    /** A stale version: someone changed the record after the page was shown. */
    public boolean isStale() {
        return "stale-version".equals(code) || "concurrent-modification".equals(code);
    }
}
