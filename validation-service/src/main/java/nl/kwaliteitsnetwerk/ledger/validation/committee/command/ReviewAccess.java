package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ReviewStatus;

import java.util.Collection;

/**
 * Who reads how much of a validation review: the committee and the network's board all of it, with
 * the indicators and every member's answers; administrators its planning data; once published,
 * everyone signed in its public part (conclusion, summary, the board's reaction, answers counted).
 * {@link #NONE}: the caller may not know the review exists. The one rule for the reads and for the
 * committee's own refusal of a command on a review its sender may not see.
 */
public enum ReviewAccess {
    FULL,
    SUMMARY,
    PUBLIC,
    NONE;

    public static ReviewAccess of(Collection<Role> roles, ReviewStatus status) {
        if (roles.contains(Role.VALIDATION_COMMITTEE) || roles.contains(Role.NETWORK_BOARD)) {
            return FULL;
        }
        if (status == ReviewStatus.PUBLISHED) {
            return PUBLIC;
        }
        return roles.contains(Role.ADMINISTRATOR) ? SUMMARY : NONE;
    }
}
