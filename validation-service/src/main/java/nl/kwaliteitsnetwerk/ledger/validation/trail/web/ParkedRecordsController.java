package nl.kwaliteitsnetwerk.ledger.validation.trail.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ParkedRecord;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ParkedRecords;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The records the trail could not take and parked on a dead-letter topic: where each was, its key, why
 * and when, never its text. For the validation committee, which must know what its trail is missing,
 * and administrators.
 */
@RestController
@Tag(name = "Trail")
class ParkedRecordsController {

    private final ParkedRecords parked;

    ParkedRecordsController(ParkedRecords parked) {
        this.parked = parked;
    }

    @Allowed({Role.VALIDATION_COMMITTEE, Role.ADMINISTRATOR})
    @GetMapping("/trail/parked")
    @Operation(summary = "Records of the followed topics the trail parked on their dead-letter topic, newest first")
    Page<ParkedRecord> parked(Paging paging) {
        return parked.page(paging);
    }
}
