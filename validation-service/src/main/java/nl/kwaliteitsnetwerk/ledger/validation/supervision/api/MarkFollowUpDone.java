package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tracked follow-up was reported done, accepted or completed, on {@code doneOn}. */
public record MarkFollowUpDone(@TargetAggregateIdentifier String institutionCode, String followUpKey, DoneHow how,
                               LocalDate doneOn, String sourceEventId) implements SupervisionCommand, FeedCommand {
}
