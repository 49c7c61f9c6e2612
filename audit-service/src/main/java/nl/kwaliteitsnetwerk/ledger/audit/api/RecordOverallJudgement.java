package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the overall judgement: the quality profile, or the final judgement of the framework. */
public record RecordOverallJudgement(
        @TargetAggregateIdentifier String auditId,
        String value,
        String rationale,
        String revisionReason,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
}
