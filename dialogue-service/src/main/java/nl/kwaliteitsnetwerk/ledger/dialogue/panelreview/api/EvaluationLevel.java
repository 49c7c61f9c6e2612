package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

/** The level a self-evaluation speaks for: a team (learning route) or the institution (portfolio). */
public enum EvaluationLevel {
    TEAM,
    INSTITUTION
}
