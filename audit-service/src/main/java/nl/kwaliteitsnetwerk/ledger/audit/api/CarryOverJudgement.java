package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Carries a sufficient judgement of an earlier, finalised audit of the same institution over as the judgement of
 * {@code standardCode} here, without investigating it again: the seed's recovery investigation took over what the
 * 2021 investigation had already judged sufficient. The source is named by its audit and judgement id.
 */
public record CarryOverJudgement(
        @TargetAggregateIdentifier String auditId,
        String standardCode,
        String sourceAuditId,
        String sourceJudgementId,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
}
