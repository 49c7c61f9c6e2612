package nl.kwaliteitsnetwerk.ledger.kernel.disclosure;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

import java.util.Objects;
import java.util.Set;

/**
 * Someone who wants to see or change a record, as the access rules need them: who they are, the roles
 * they hold, and the institution they act for, if any (its code in normal form). A reader of the API
 * brings every role they hold; one who acts is judged in the role the act is recorded in, never in more,
 * so a record can refuse as unknown what a reader holding several roles may see, but never reveal what a
 * reader may not.
 */
public record Viewer(String userId, Set<Role> roles, String institutionCode) {

    public Viewer {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
        institutionCode = InstitutionCode.normalise(institutionCode, "institutionCode");
    }

    /** The actor of a command, in the one role the act is recorded in. */
    public static Viewer of(Actor actor) {
        return new Viewer(actor.userId(), Set.of(actor.role()), actor.institutionCode());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Acts for {@code institution} (a code in normal form): someone of that institution, in its role. */
    public boolean actsFor(String institution) {
        return has(Role.INSTITUTION) && institution != null && institution.equals(institutionCode);
    }
}
