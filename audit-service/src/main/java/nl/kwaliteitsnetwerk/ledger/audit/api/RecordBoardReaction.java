package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the reaction of the audited institution's board to the final report ("Reactie van het bestuur"),
 * which approves exactly the report version whose content digest is {@code approvedDigest} ({@link ReportDigest}):
 * the current one, the final report or the report as the last erratum corrected it.
 */
public record RecordBoardReaction(
        @TargetAggregateIdentifier String auditId,
        String reaction,
        String approvedDigest,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
    /** Reacted today, as live work does. */
    public RecordBoardReaction(String auditId, String reaction, String approvedDigest, Actor actor,
            Long expectedVersion) {
        this(auditId, reaction, approvedDigest, actor, expectedVersion, null);
    }
}
