package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retracts a finding, saying why; the finding stays in the trail. */
public record RetractFinding(
        @TargetAggregateIdentifier String auditId,
        String findingId,
        String reason,
        Actor actor,
        Long expectedVersion) implements FindingChange {
}
