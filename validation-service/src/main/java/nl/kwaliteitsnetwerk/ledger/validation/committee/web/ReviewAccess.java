package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeView;

/**
 * Who reads how much of a validation review: the committee and the network's board all of it, with
 * the indicators and every member's answers; administrators its planning data; once published,
 * everyone signed in its public part (conclusion, summary, the board's reaction, answers counted).
 */
enum ReviewAccess {
    FULL,
    SUMMARY,
    PUBLIC,
    NONE;

    static ReviewAccess of(Caller caller, CommitteeView.Review review) {
        if (caller.has(Role.VALIDATION_COMMITTEE) || caller.has(Role.NETWORK_BOARD)) {
            return FULL;
        }
        if (review.status == ReviewStatus.PUBLISHED) {
            return PUBLIC;
        }
        return caller.has(Role.ADMINISTRATOR) ? SUMMARY : NONE;
    }

    static void requireInsider(Caller caller, String what) {
        if (!(caller.has(Role.VALIDATION_COMMITTEE) || caller.has(Role.NETWORK_BOARD) || caller.has(Role.ADMINISTRATOR))) {
            throw new RuleViolation(CommonErrors.FORBIDDEN, "Your role does not allow reading " + what + ".");
        }
    }
}
