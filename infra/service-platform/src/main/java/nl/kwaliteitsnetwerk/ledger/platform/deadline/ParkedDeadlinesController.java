package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The deadlines this service gave up on, for administrators: what they are, and firing one again. */
@RestController
@Tag(name = "Deadlines")
public class ParkedDeadlinesController {

    private final ParkedDeadlines parked;

    public ParkedDeadlinesController(MongoDeadlineManager deadlineManager) {
        this.parked = deadlineManager.parked();
    }

    @Allowed(Role.ADMINISTRATOR)
    @GetMapping("/deadlines/parked")
    @Operation(summary = "Deadlines parked after failing too often or being unreadable, oldest first (administrators)")
    Page<ParkedDeadline> list(Paging paging) {
        return paging.page(parked.list(), ParkedDeadline::key);
    }

    @Allowed(Role.ADMINISTRATOR)
    @PostMapping("/deadlines/parked/{id}/re-arm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Schedule a parked deadline again, due at once, with a fresh count of attempts (administrators)")
    void rearm(@PathVariable String id) {
        if (!parked.rearm(id)) {
            throw new NotFound("No parked deadline has this id.");
        }
    }
}
