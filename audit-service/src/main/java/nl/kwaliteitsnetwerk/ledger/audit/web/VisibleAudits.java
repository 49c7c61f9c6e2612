package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.query.FindAudit;
import nl.kwaliteitsnetwerk.ledger.audit.query.FindAudits;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.VisibleViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/** The audits a caller may know exist ({@link AuditAccess} other than NONE); every read goes through here. */
@Component
class VisibleAudits {

    private final VisibleViews<AuditView> views;

    VisibleAudits(QueryGateway queries) {
        this.views = new VisibleViews<>(queries, AuditView.class, "audit");
    }

    /** Audits of {@code institution} in {@code status} (null for any) that the caller may see. */
    List<AuditView> list(Caller caller, String institution, AuditStatus status) {
        return views.list(new FindAudits(institution, status), view -> AuditAccess.of(caller, view) != AuditAccess.NONE);
    }

    /** One audit the caller may see; a 404 otherwise, which does not confirm the audit exists. */
    AuditView one(Caller caller, String auditId) {
        return views.one(new FindAudit(auditId), auditId, view -> AuditAccess.of(caller, view) != AuditAccess.NONE);
    }
}
