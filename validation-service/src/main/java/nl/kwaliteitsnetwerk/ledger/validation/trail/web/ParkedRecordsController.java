package nl.kwaliteitsnetwerk.ledger.validation.trail.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ParkedRecord;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ParkedRecords;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The records the trail could not take and parked on a dead-letter topic: where each was, its key, why
 * and when, never its text. For the validation committee, which must know what its trail is missing,
 * and administrators (see ValidationEndpointRoles).
 */
@RestController
@Tag(name = "Trail")
class ParkedRecordsController {

    private static final int MAX_LIMIT = 1000;

    private final ParkedRecords parked;

    ParkedRecordsController(ParkedRecords parked) {
        this.parked = parked;
    }

    @GetMapping("/trail/parked")
    @Operation(summary = "Records of the followed topics the trail parked on their dead-letter topic, newest first")
    List<ParkedRecord> parked(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolation(CommonErrors.INVALID_REQUEST, "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return parked.newest(limit);
    }
}
