package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Whether a caller may know that an audit exists, for the platform's endpoints that take an aggregate
 * id (the verification of one aggregate): by the same rule as every read of an audit. Audits are this
 * service's only aggregates.
 */
@Component
class AuditVisibility implements AggregateVisibility {

    private final VisibleAudits audits;

    AuditVisibility(VisibleAudits audits) {
        this.audits = audits;
    }

    @Override
    public boolean visibleTo(Caller caller, String aggregateId) {
        return audits.exists(caller, aggregateId);
    }
}
