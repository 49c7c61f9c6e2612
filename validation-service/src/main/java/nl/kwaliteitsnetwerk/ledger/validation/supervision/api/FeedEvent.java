package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

/** An event the calendar recorded from another service's integration event, named by its id. */
public interface FeedEvent {

    String sourceEventId();
}
