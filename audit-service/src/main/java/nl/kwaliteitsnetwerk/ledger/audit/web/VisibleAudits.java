package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.query.FindAudit;
import nl.kwaliteitsnetwerk.ledger.audit.query.FindAudits;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/** The audits a caller may know exist ({@link AuditAccess} other than NONE); every read goes through here. */
@Component
class VisibleAudits {

    private final QueryGateway queries;

    VisibleAudits(QueryGateway queries) {
        this.queries = queries;
    }

    /** Audits of {@code institution} in {@code status} (null for any) that the caller may see. */
    List<AuditView> list(Caller caller, String institution, AuditStatus status) {
        return queries.query(new FindAudits(institution, status), ResponseTypes.multipleInstancesOf(AuditView.class))
                .join().stream()
                .filter(view -> AuditAccess.of(caller, view) != AuditAccess.NONE)
                .toList();
    }

    /** One audit the caller may see; a 404 otherwise, which does not confirm the audit exists. */
    AuditView one(Caller caller, String auditId) {
        return queries.query(new FindAudit(auditId), ResponseTypes.optionalInstanceOf(AuditView.class)).join()
                .filter(view -> AuditAccess.of(caller, view) != AuditAccess.NONE)
                .orElseThrow(() -> new NotFound("No audit " + auditId + " that you may see."));
    }
}
