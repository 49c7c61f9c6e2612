package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import nl.kwaliteitsnetwerk.ledger.validation.review.membership.ParkedMembershipChange;
import nl.kwaliteitsnetwerk.ledger.validation.review.membership.ParkedMembershipChanges;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The changes of membership the follower could not bring to a review and parked: which review, which change, why
 * and when. For the committee, whose reviews miss them, and administrators, who repair what broke.
 */
@RestController
@Tag(name = "Validation committee")
class ParkedMembershipChangesController {

    private final ParkedMembershipChanges parked;

    ParkedMembershipChangesController(ParkedMembershipChanges parked) {
        this.parked = parked;
    }

    @Allowed({Role.VALIDATION_COMMITTEE, Role.ADMINISTRATOR})
    @GetMapping("/committee/membership-changes/parked")
    @Operation(summary = "Changes of membership that could not be brought to a review and were parked, newest first: "
            + "the review, the change's number in the committee's stream, why and when")
    Page<ParkedMembershipChange> parkedChanges(Paging paging) {
        return parked.page(paging);
    }
}
