package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Track a follow-up action or agenda item of one of the institution's reports until it is done. */
public record TrackFollowUp(@TargetAggregateIdentifier String institutionCode, String followUpKey, VisitKind kind,
                            String reportId, String description, LocalDate dueOn, String sourceEventId)
        implements SupervisionCommand, FeedCommand {
}
