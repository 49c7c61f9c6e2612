package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;
import java.util.Map;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes the public summary and opens a follow-up action, with a due date, for every improvement point of the final report. */
public record PublishSummary(
        @TargetAggregateIdentifier String auditId,
        String summary,
        Map<String, LocalDate> followUpDueDates,
        Actor actor,
        Long expectedVersion,
        LocalDate occurredOn) implements AuditCommand {
}
