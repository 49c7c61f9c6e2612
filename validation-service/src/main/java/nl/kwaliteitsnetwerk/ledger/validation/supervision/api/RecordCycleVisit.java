package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an audit or dialogue report of the institution was published; the cycle is {@code cycleYears}. */
public record RecordCycleVisit(@TargetAggregateIdentifier String institutionCode, VisitKind kind, String reportId,
                               LocalDate visitedOn, int cycleYears, String sourceEventId)
        implements SupervisionCommand, FeedCommand {
}
