package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView.AgendaStatus;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
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
import java.time.LocalDate;

/**
 * The development agenda across dialogues: every adopted recommendation with its due date and
 * status, so that what is overdue shows. The owner is shown to those who may read the whole dialogue.
 */
@RestController
@Tag(name = "Development agenda")
class DevelopmentAgendaController {

    private final VisibleDialogues dialogues;
    private final Clock clock;

    DevelopmentAgendaController(VisibleDialogues dialogues, Clock clock) {
        this.dialogues = dialogues;
        this.clock = clock;
    }

    @GetMapping("/development-agenda")
    @SignedIn
    @Operation(summary = "Agenda items you may see, by due date, optionally of one institution, only open or only overdue ones")
    Page<AgendaLine> list(@RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String institution,
                          @RequestParam(defaultValue = "false") boolean openOnly,
                          @RequestParam(defaultValue = "false") boolean overdueOnly,
                          Paging paging, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        return paging.page(dialogues.list(caller, institution, null).stream()
                        .filter(view -> dialogues.access(caller, view) != Access.SUMMARY)
                        .flatMap(view -> view.agenda.stream().map(item -> AgendaLine.of(view, item, today,
                                dialogues.access(caller, view) == Access.FULL)))
                        .filter(line -> !openOnly || line.status() == AgendaStatus.OPEN)
                        .filter(line -> !overdueOnly || line.overdue())
                        .toList(),
                line -> line.dueDate() + " " + line.dialogueId() + " " + line.agendaItemId());
    }

    /** One agenda item: whose, from which recommendation, due when, where it stands, and whether it is late. */
    record AgendaLine(String dialogueId, String institutionCode, String agendaItemId, String recommendationId,
                      String description, String owner, LocalDate dueDate, AgendaStatus status, boolean overdue) {

        static AgendaLine of(DialogueView view, DialogueView.AgendaItem item, LocalDate today, boolean withOwner) {
            boolean open = item.status == AgendaStatus.OPEN;
            return new AgendaLine(view.dialogueId, view.institution.code(), item.agendaItemId, item.recommendationId,
                    item.description, withOwner ? item.owner : null, item.dueDate, item.status,
                    open && item.dueDate.isBefore(today));
        }
    }
}
