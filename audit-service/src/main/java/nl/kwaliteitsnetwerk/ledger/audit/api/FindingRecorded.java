package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A finding was recorded. */
public record FindingRecorded(
        String auditId,
        String findingId,
        String standardCode,
        FindingKind kind,
        String text,
        List<EvidenceReference> evidence,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
