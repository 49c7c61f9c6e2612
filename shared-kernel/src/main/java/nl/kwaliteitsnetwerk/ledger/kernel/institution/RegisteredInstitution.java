package nl.kwaliteitsnetwerk.ledger.kernel.institution;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One institution as a version of the register knows it: its code, its board number (bestuursnummer), the name it
 * is registered under, the other names it is known by (a short name, a former name) and whether it is a member of
 * the network.
 */
public record RegisteredInstitution(String code, int boardNumber, String name, List<String> otherNames,
                                    boolean networkMember) {

    public RegisteredInstitution {
        code = InstitutionCode.normalise(Objects.requireNonNull(code, "code"), "code");
        Objects.requireNonNull(name, "name");
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        if (code.isBlank() || name.isBlank() || boardNumber <= 0) {
            throw new IllegalArgumentException("a registered institution needs a code, a board number and a name");
        }
    }

    public InstitutionRef ref() {
        return new InstitutionRef(code, boardNumber, name);
    }

    /** Whether {@code name} is one of this institution's names, compared in their normal form. */
    public boolean isNamed(String name) {
        String normal = InstitutionNames.normal(name);
        return !normal.isEmpty() && names().anyMatch(n -> InstitutionNames.normal(n).equals(normal));
    }

    Stream<String> names() {
        return Stream.concat(Stream.of(name), otherNames.stream());
    }
}
