package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the intake of the lead auditor with the board: the expectations agreed. */
public record RecordIntake(
        @TargetAggregateIdentifier String auditId,
        LocalDate heldOn,
        String expectations,
        Actor actor,
        Long expectedVersion) implements AuditCommand {
}
