package nl.kwaliteitsnetwerk.ledger.validation.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.parking.ParkedCalendarRecord;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.parking.ParkedCalendarRecords;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the calendars' feed parked: where each record is on its topic, its key, why and when, never its text. For
 * administrators, who repair the feed, and the inspectorate, whose calendars miss those events.
 */
@RestController
@Tag(name = "Supervision calendar")
record ParkedCalendarRecordsController(ParkedCalendarRecords parkedRecords) {

    @Allowed({Role.INSPECTORATE, Role.ADMINISTRATOR})
    @GetMapping("/supervision/parked")
    @Operation(summary = "Records of the audit and dialogue topics the supervision calendars parked, newest first")
    Page<ParkedCalendarRecord> parked(Paging paging) {
        return parkedRecords.page(paging);
    }
}
