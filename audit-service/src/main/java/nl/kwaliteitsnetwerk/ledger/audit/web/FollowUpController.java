package nl.kwaliteitsnetwerk.ledger.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up actions of published audits, so that what is open and what is overdue shows: the
 * improvement cycle is closed only when every action has ended. Overdue is judged against today. The list
 * is in the order the actions were opened (with the publication), never by due date: a reopening moves
 * a due date, and a walk through the pages would then meet an action twice or not at all.
 */
@RestController
@Tag(name = "Follow-up")
class FollowUpController {

    private final VisibleAudits audits;
    private final Clock clock;

    FollowUpController(VisibleAudits audits, Clock clock) {
        this.audits = audits;
        this.clock = clock;
    }

    @GetMapping("/follow-ups")
    @SignedIn
    @Operation(summary = "Follow-up actions you may see, in the order they were published, optionally of one "
            + "institution, only open or only overdue ones")
    Page<FollowUpLine> list(@RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String institution,
                            @RequestParam(defaultValue = "false") boolean openOnly,
                            @RequestParam(defaultValue = "false") boolean overdueOnly,
                            Paging paging, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        List<FollowUpLine> lines = audits.list(caller, institution, AuditStatus.PUBLISHED).stream()
                .flatMap(view -> view.followUps.stream().map(f -> FollowUpLine.of(view, f, today)))
                .filter(line -> !openOnly || line.status() != AuditView.FollowUpStatus.ACCEPTED)
                .filter(line -> !overdueOnly || line.overdue())
                .toList();
        return paging.page(lines, line -> Paging.numericKey(line.publishedAt().toEpochMilli()) + "/" + line.auditId()
                + "/" + line.followUpId());
    }

    /** One action: whose, on which standard, published when, due when, where it stands, and whether it is late. */
    record FollowUpLine(String auditId, String institutionCode, String followUpId, String standardCode,
                        Instant publishedAt, LocalDate dueDate, AuditView.FollowUpStatus status, boolean overdue) {

        static FollowUpLine of(AuditView view, AuditView.FollowUp followUp, LocalDate today) {
            boolean open = followUp.status != AuditView.FollowUpStatus.ACCEPTED;
            return new FollowUpLine(view.auditId, view.institution.code(), followUp.followUpId, followUp.standardCode,
                    view.publication.publishedAt(), followUp.dueDate, followUp.status,
                    open && followUp.dueDate.isBefore(today));
        }
    }
}
