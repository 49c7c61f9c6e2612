package nl.kwaliteitsnetwerk.ledger.audit.api;

/**
 * What a finding rests on: a document seen (its title or reference) or an interview held. An
 * interview names those spoken with by their role (e.g. "team Zorg en Welzijn, docenten"), never by name.
 */
public record EvidenceReference(Kind kind, String reference) {

    public enum Kind {
        DOCUMENT,
        INTERVIEW
    }
}
