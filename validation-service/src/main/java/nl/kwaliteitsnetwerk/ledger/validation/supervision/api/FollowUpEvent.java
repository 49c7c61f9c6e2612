package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

/** An event of one follow-up the calendar tracks, named by its report and its own id. */
public interface FollowUpEvent {

    String followUpKey();
}
