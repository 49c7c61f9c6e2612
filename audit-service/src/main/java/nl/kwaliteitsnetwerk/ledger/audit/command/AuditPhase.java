package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.Arrays;
import java.util.List;

/**
 * Where an audit is in its lifecycle. Every event of the audit passes here, as well as to the audit's own
 * handler for it, so that the phase follows the one table of which event leads into which phase
 * ({@link AuditStatus#after}, which the views fold by too) rather than a line in each handler.
 */
final class AuditPhase extends AuditPart {

    private AuditStatus status;

    @EventSourcingHandler
    void on(AuditEvent event) {
        status = AuditStatus.after(event, status);
    }

    AuditStatus status() {
        return status;
    }

    @Override
    List<Object> state() {
        return Arrays.asList(status);
    }
}
