package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated person behind a request: who, with which roles, and for people of an
 * institution, which one (its code in normal form, however the user's configuration or token spells
 * it). Controllers receive it as a method argument.
 */
public record Caller(String userId, Set<Role> roles, String institutionCode) {

    public Caller {
        roles = Set.copyOf(roles);
        institutionCode = InstitutionCode.normalise(institutionCode, "institution");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The first of {@code candidates} this caller holds, in the order given. */
    public Optional<Role> firstOf(Role... candidates) {
        return Arrays.stream(candidates).filter(roles::contains).findFirst();
    }

    /**
     * The actor to record for an act that any of {@code candidates} may do, in the first of those
     * roles the caller holds. The security rules have already checked that there is one.
     */
    public Actor actingAs(Role... candidates) {
        Role role = firstOf(candidates).orElseThrow(() -> new IllegalStateException(
                userId + " holds none of " + Arrays.toString(candidates)));
        return new Actor(userId, role, role == Role.INSTITUTION ? institutionCode : null);
    }

    /** The caller as the access rules of every record judge a reader: with every role they hold. */
    public Viewer asViewer() {
        return new Viewer(userId, roles, institutionCode);
    }

    public boolean actsFor(String institution) {
        return has(Role.INSTITUTION) && institution != null && institution.equals(institutionCode);
    }
}
