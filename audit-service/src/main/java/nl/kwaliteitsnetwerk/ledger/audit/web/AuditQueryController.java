package nl.kwaliteitsnetwerk.ledger.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditHistory;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.query.FindAudit;
import nl.kwaliteitsnetwerk.ledger.audit.query.FindAudits;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditResponses.AuditSummary;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditResponses.PublicAudit;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reading audits. What a caller gets depends on who they are ({@link AuditAccess}): the whole audit,
 * its planning data, its public part, or a 404 that does not even confirm the audit exists.
 */
@RestController
@RequestMapping("/audits")
@Tag(name = "Audit queries")
class AuditQueryController {

    private final QueryGateway queries;
    private final AuditHistory history;

    AuditQueryController(QueryGateway queries, AuditHistory history) {
        this.queries = queries;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Audits visible to you, optionally of one institution and in one status")
    List<AuditSummary> list(@RequestParam(required = false) String institution,
                            @RequestParam(required = false) AuditStatus status, Caller caller) {
        List<AuditView> views = queries.query(new FindAudits(institution, status),
                ResponseTypes.multipleInstancesOf(AuditView.class)).join();
        return views.stream()
                .filter(view -> AuditAccess.of(caller, view) != AuditAccess.NONE)
                .map(AuditSummary::of)
                .toList();
    }

    @GetMapping("/{auditId}")
    @Operation(summary = "One audit with its findings and judgements per standard; with asOf, as it stood then")
    ResponseEntity<Object> get(@PathVariable String auditId,
                               @Parameter(description = "an ISO-8601 instant, e.g. 2026-03-01T12:00:00Z")
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant asOf,
                               Caller caller) {
        AuditView current = visibleView(auditId, caller);
        AuditAccess access = AuditAccess.of(caller, current);
        if (asOf != null) {
            requireFull(access, "the history of this audit");
            AuditView then = history.asOf(auditId, asOf)
                    .orElseThrow(() -> new NotFound("Audit " + auditId + " did not exist yet at " + asOf + "."));
            return ResponseEntity.ok().eTag(Versions.etag(then.version)).body(then);
        }
        Object body = switch (access) {
            case FULL -> current;
            case SUMMARY -> AuditSummary.of(current);
            case PUBLIC -> PublicAudit.of(current);
            case NONE -> throw new IllegalStateException("unreachable: filtered by visibleView");
        };
        return ResponseEntity.ok().eTag(Versions.etag(current.version)).body(body);
    }

    @GetMapping("/{auditId}/trail")
    @Operation(summary = "Every event of the audit in order: when, who in which role, what changed")
    List<TrailEntry> trail(@PathVariable String auditId, Caller caller) {
        requireFull(AuditAccess.of(caller, visibleView(auditId, caller)), "the trail of this audit");
        return history.trail(auditId);
    }

    private AuditView visibleView(String auditId, Caller caller) {
        Optional<AuditView> view = queries.query(new FindAudit(auditId),
                ResponseTypes.optionalInstanceOf(AuditView.class)).join();
        return view.filter(v -> AuditAccess.of(caller, v) != AuditAccess.NONE)
                .orElseThrow(() -> new NotFound("No audit " + auditId + " that you may see."));
    }

    private static void requireFull(AuditAccess access, String what) {
        if (access != AuditAccess.FULL) {
            throw new RuleViolation(CommonErrors.FORBIDDEN, "Your role does not allow reading " + what + ".");
        }
    }
}
