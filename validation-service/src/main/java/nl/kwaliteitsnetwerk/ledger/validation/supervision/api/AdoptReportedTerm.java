package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The term an inspectorate investigation's final report states (audit.report-finalised, {@code supervisionTerm}):
 * taken as the term unless one is already set.
 */
public record AdoptReportedTerm(@TargetAggregateIdentifier String institutionCode, String reportId, LocalDate startsOn,
                                int years, Actor actor, String sourceEventId) implements SupervisionCommand, FeedCommand {
}
