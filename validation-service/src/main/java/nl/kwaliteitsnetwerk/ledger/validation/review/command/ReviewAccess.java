package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;

/**
 * Who reads how much of a validation review: the committee and the network's board all of it, with
 * the indicators and every member's answers; administrators its planning data; once published,
 * everyone signed in its public part (conclusion, summary, the board's reaction, answers counted).
 * {@link Access#NONE}: the viewer may not know the review exists. The one rule for the reads and for the
 * review's own refusal of a command on a review its sender may not see. It asks only which roles
 * the viewer holds.
 */
public final class ReviewAccess {

    private ReviewAccess() {
    }

    public static Access of(Viewer viewer, ReviewStatus status) {
        if (viewer.has(Role.VALIDATION_COMMITTEE) || viewer.has(Role.NETWORK_BOARD)) {
            return Access.FULL;
        }
        if (status == ReviewStatus.PUBLISHED) {
            return Access.PUBLIC;
        }
        return viewer.has(Role.ADMINISTRATOR) ? Access.SUMMARY : Access.NONE;
    }
}
