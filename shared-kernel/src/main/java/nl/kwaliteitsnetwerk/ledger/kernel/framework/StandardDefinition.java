package nl.kwaliteitsnetwerk.ledger.kernel.framework;

/** One standard of a framework: its code as used on the wire, its title, and what it asks. */
public record StandardDefinition(String code, String title, String description) {
}
