package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.access.AuditAccess;
import nl.kwaliteitsnetwerk.ledger.audit.access.AuditStanding;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.api.TeamMember;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditHistory;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.query.FindAudit;
import nl.kwaliteitsnetwerk.ledger.audit.query.FindAudits;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import org.springframework.http.ResponseEntity;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.RecordReads;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The audits a caller may know exist ({@link AuditAccess} other than NONE); every read goes through here. */
@Component
class VisibleAudits extends RecordReads<AuditView> {

    /** How much of the audit the caller sees: by every role they hold. */
    private static Access rule(Caller caller, AuditView view) {
        Set<String> team = Stream.concat(Stream.ofNullable(view.leadAuditor), view.auditors.stream())
                .map(TeamMember::userId).collect(Collectors.toSet());
        return AuditAccess.of(caller.asViewer(), new AuditStanding(view.institution.code(), team, view.status));
    }

    private final AuditHistory history;

    VisibleAudits(QueryGateway queries, AuditHistory history) {
        super(queries, new Kind<>("Audit", AuditView.class, FindAudit::new, view -> view.version, VisibleAudits::rule,
                history::asOf, history::trail));
        this.history = history;
    }

    /**
     * The audit as effective on {@code day} (by business dates, as corrected), as recorded by {@code asOf} (null:
     * now); shown as much as the caller may see of it now, like every past of it; a 404 if nothing of it had
     * happened by that day.
     */
    ResponseEntity<Object> readEffective(Caller caller, String auditId, LocalDate day, Instant asOf,
                                         Disclosure<AuditView> disclosure) {
        Access access = access(caller, one(caller, auditId));
        AuditView shown = history.effectiveOn(auditId, day, asOf)
                .orElseThrow(() -> new NotFound("Audit " + auditId + " had no step effective yet on " + day + "."));
        return ResponseEntity.ok().eTag(Versions.etag(shown.version)).body(disclosure.disclose(access, shown));
    }

    /** Audits of {@code institution} in {@code status} (null for any) that the caller may see. */
    List<AuditView> list(Caller caller, String institution, AuditStatus status) {
        return matching(caller, new FindAudits(institution, status));
    }

    /** Whether the caller may know that the audit exists. */
    boolean exists(Caller caller, String auditId) {
        return visibleTo(caller, auditId);
    }
}
