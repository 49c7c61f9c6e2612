package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Judges one standard on the framework's scale; a second judgement of the same standard revises the first and needs a reason. */
public record JudgeStandard(
        @TargetAggregateIdentifier String auditId,
        String standardCode,
        String value,
        String rationale,
        String revisionReason,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
}
