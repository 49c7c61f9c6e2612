package nl.kwaliteitsnetwerk.ledger.dialogue.common;

/**
 * Whether a group was only heard, or sat with the committee or panel and judged with it. The minister
 * asks that students, alumni, peers and employers take part in the assessment, not only be consulted.
 */
public enum ParticipationMode {
    CONSULTED,
    ASSESSING
}
