package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tracked follow-up was reopened with a new due date. */
public record RescheduleFollowUp(@TargetAggregateIdentifier String institutionCode, String followUpKey, LocalDate dueOn,
                                 String sourceEventId) implements SupervisionCommand, FeedCommand {
}
