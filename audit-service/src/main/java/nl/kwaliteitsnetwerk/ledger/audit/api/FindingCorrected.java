package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A finding was corrected; this is its new version, and the reason. */
public record FindingCorrected(
        String auditId,
        String findingId,
        int revision,
        String standardCode,
        FindingKind kind,
        String text,
        List<EvidenceReference> evidence,
        String reason,
        Actor actor,
        Instant occurredAt) implements AuditEvent {
}
