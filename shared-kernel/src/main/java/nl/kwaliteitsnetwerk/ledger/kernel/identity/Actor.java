package nl.kwaliteitsnetwerk.ledger.kernel.identity;

import java.util.Objects;

/**
 * Who did something, in which role. {@code institutionCode} is set only for people who act for
 * an institution, so that an institution's people can be told apart from everyone else's.
 */
public record Actor(String userId, Role role, String institutionCode) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        institutionCode = InstitutionCode.normalise(institutionCode, "institutionCode");
    }

    public static Actor of(String userId, Role role) {
        return new Actor(userId, role, null);
    }

    public static Actor forInstitution(String userId, String institutionCode) {
        return new Actor(userId, Role.INSTITUTION, Objects.requireNonNull(institutionCode, "institutionCode"));
    }

    public boolean actsFor(String institution) {
        return role == Role.INSTITUTION && institution.equals(institutionCode);
    }
}
