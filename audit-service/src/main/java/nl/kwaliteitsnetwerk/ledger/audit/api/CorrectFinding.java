package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects a finding by a new version of it; the original stays in the trail. */
public record CorrectFinding(
        @TargetAggregateIdentifier String auditId,
        String findingId,
        String standardCode,
        FindingKind kind,
        String text,
        List<EvidenceReference> evidence,
        String reason,
        Actor actor,
        Long expectedVersion) implements FindingChange {
}
