package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

import java.util.Objects;
import java.util.Set;

/**
 * Who wants to see or change a dialogue or review, as the access rules need them: a reader of the API
 * with all their roles, or the actor of a command in the role the act is recorded in.
 */
public record Viewer(String userId, Set<Role> roles, String institutionCode) {

    public Viewer {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
        institutionCode = InstitutionCode.normalise(institutionCode, "institutionCode");
    }

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
