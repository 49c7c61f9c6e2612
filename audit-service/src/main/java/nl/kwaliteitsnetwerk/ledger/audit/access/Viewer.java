package nl.kwaliteitsnetwerk.ledger.audit.access;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

import java.util.Set;

/**
 * Someone who wants to see an audit: who they are, the roles they hold, and the institution they act
 * for, if any. A reader brings every role they hold; one who acts is judged in the role the act is
 * recorded in, never in more, so the audit can refuse as unknown what a reader holding several roles
 * may see, but never reveal what a reader may not.
 */
public record Viewer(String userId, Set<Role> roles, String institutionCode) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public static Viewer of(Actor actor) {
        return new Viewer(actor.userId(), Set.of(actor.role()), actor.institutionCode());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean actsFor(String institution) {
        return has(Role.INSTITUTION) && institution != null && institution.equals(institutionCode);
    }
}
