package nl.kwaliteitsnetwerk.ledger.audit.api;

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
        Long expectedVersion) implements AuditCommand {
}
