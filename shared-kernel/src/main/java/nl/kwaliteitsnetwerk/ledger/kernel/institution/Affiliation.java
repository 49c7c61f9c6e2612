package nl.kwaliteitsnetwerk.ledger.kernel.institution;

/**
 * Who an assessor works for, as stated and as the register resolves it: {@code institutionCode} is the registered
 * institution the statement names (by code or by one of its names), or null when it names none (a consultancy, a
 * university of applied sciences). Independence rules compare this code, never the stated text.
 */
public record Affiliation(String stated, String institutionCode) {

    public boolean isWith(String code) {
        return institutionCode != null && code != null && institutionCode.equalsIgnoreCase(code.strip());
    }
}
