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
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.RecordReads;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

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

    VisibleAudits(QueryGateway queries, AuditHistory history) {
        super(queries, new Kind<>("Audit", AuditView.class, FindAudit::new, view -> view.version, VisibleAudits::rule,
                history::asOf, history::trail));
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
