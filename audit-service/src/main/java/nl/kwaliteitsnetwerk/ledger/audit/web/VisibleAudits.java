package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.access.AuditAccess;
import nl.kwaliteitsnetwerk.ledger.audit.access.AuditStanding;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.api.TeamMember;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.query.FindAudit;
import nl.kwaliteitsnetwerk.ledger.audit.query.FindAudits;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.VisibleViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The audits a caller may know exist ({@link AuditAccess} other than NONE); every read goes through here. */
@Component
class VisibleAudits {

    private final VisibleViews<AuditView> views;

    VisibleAudits(QueryGateway queries) {
        this.views = new VisibleViews<>(queries, AuditView.class);
    }

    /** Audits of {@code institution} in {@code status} (null for any) that the caller may see. */
    List<AuditView> list(Caller caller, String institution, AuditStatus status) {
        return views.list(new FindAudits(institution, status), view -> access(caller, view).visible());
    }

    /** One audit the caller may see; a 404 otherwise, which does not confirm the audit exists. */
    AuditView one(Caller caller, String auditId) {
        return views.one(new FindAudit(auditId), auditId, view -> access(caller, view).visible());
    }

    /** Whether the caller may know that the audit exists. */
    boolean exists(Caller caller, String auditId) {
        return views.exists(new FindAudit(auditId), view -> access(caller, view).visible());
    }

    /** How much of the audit the caller sees: by every role they hold. */
    static Access access(Caller caller, AuditView view) {
        return AuditAccess.of(caller.asViewer(), standing(view));
    }

    private static AuditStanding standing(AuditView view) {
        Set<String> team = Stream.concat(Stream.ofNullable(view.leadAuditor), view.auditors.stream())
                .map(TeamMember::userId).collect(Collectors.toSet());
        return new AuditStanding(view.institution.code(), team, view.status);
    }
}
