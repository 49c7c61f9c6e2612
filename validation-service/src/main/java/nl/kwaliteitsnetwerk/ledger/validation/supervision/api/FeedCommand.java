package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

/**
 * A command the calendar derives from another service's integration event: {@code sourceEventId} is that
 * event's id, by which the calendar takes each event once however often it is delivered.
 */
public sealed interface FeedCommand permits RecordCycleVisit, TrackFollowUp, RescheduleFollowUp, MarkFollowUpDone,
        AdoptReportedTerm, ExcludeFromCycle {

    String institutionCode();

    String sourceEventId();
}
