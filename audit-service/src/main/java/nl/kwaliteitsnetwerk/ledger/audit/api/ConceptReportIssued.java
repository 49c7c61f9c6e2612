package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A concept report was issued; the comment period runs until the deadline. */
public record ConceptReportIssued(
        String auditId,
        int revision,
        String reportText,
        Instant commentDeadline,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
