package nl.kwaliteitsnetwerk.ledger.kernel.identity;

import java.util.Objects;

/**
 * A member institution: its code (e.g. 29WT), its board number (bestuursnummer, e.g. 21274) and its name.
 * The code is held in its normal form ({@link InstitutionCode}), so rules compare codes, not spellings.
 */
public record InstitutionRef(String code, int boardNumber, String name) {

    public InstitutionRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        code = InstitutionCode.normalise(code, "code");
        if (code.isBlank() || name.isBlank() || boardNumber <= 0) {
            throw new IllegalArgumentException("an institution needs a code, a positive board number and a name");
        }
    }
}
