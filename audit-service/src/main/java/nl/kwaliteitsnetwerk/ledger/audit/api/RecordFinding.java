package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a finding on one standard, with the evidence it rests on. */
public record RecordFinding(
        @TargetAggregateIdentifier String auditId,
        String findingId,
        String standardCode,
        FindingKind kind,
        String text,
        List<EvidenceReference> evidence,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
    /** Happened today, as live work does (the bench's loader records so). */
    public RecordFinding(String auditId, String findingId, String standardCode, FindingKind kind, String text,
            List<EvidenceReference> evidence, Actor actor, Long expectedVersion) {
        this(auditId, findingId, standardCode, kind, text, evidence, actor, expectedVersion, null);
    }
}
