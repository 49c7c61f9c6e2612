package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An audit that is not the network's cycle audit was scheduled (a theme audit on request, an inspectorate
 * investigation): its publication is no visit of the three-year cycle.
 */
public record ExcludeFromCycle(@TargetAggregateIdentifier String institutionCode, String reportId, String reportKind,
                               String sourceEventId) implements SupervisionCommand, FeedCommand {
}
