package nl.kwaliteitsnetwerk.ledger.validation.trail;

/** What a step of the trail is, so that a reader can ask for the judgements and follow-up only. */
public enum TrailKind {
    SCHEDULING,
    COMPOSITION,
    PREPARATION,
    SESSION,
    FINDING,
    JUDGEMENT,
    COMMENT,
    REPORT,
    PUBLICATION,
    FOLLOW_UP,
    OTHER
}
