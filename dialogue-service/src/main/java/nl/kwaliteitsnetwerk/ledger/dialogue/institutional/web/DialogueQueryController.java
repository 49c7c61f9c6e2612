package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.StakeholderMix;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web.DialogueResponses.DialogueSummary;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web.DialogueResponses.PublicDialogue;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Reading dialogues; what a caller gets depends on who they are ({@link VisibleDialogues}), now and
 * as it stood at a past instant alike. Every signed-in user may ask; the access rule decides per dialogue.
 */
@RestController
@RequestMapping("/dialogues")
@Tag(name = "Institutional dialogue queries")
class DialogueQueryController {

    private final VisibleDialogues dialogues;

    DialogueQueryController(VisibleDialogues dialogues) {
        this.dialogues = dialogues;
    }

    @GetMapping
    @SignedIn
    @Operation(summary = "Dialogues visible to you, optionally of one institution and in one status, by planned date")
    Page<DialogueSummary> list(@RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String institution,
                               @RequestParam(required = false) DialogueStatus status, Paging paging, Caller caller) {
        return paging.page(dialogues.list(caller, institution, status).stream().map(DialogueSummary::of).toList(),
                summary -> summary.plannedDate() + " " + summary.dialogueId());
    }

    @GetMapping("/{dialogueId}")
    @SignedIn
    @Operation(summary = "One dialogue; with asOf, as it stood then, shown as much as you may see of it now")
    @ApiResponse(responseCode = "200", description = "What the caller may see of it",
            content = @Content(schema = @Schema(anyOf = {DialogueView.class, DialogueSummary.class, PublicDialogue.class})))
    ResponseEntity<Object> get(@PathVariable String dialogueId,
                               @Parameter(description = "an ISO-8601 instant, e.g. 2027-03-01T12:00:00Z")
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant asOf,
                               Caller caller) {
        return dialogues.read(caller, dialogueId, asOf, DialogueQueryController::disclosed);
    }

    @GetMapping("/{dialogueId}/trail")
    @SignedIn
    @Operation(summary = "Every event of the dialogue in order: when, who in which role, what changed")
    Page<TrailEntry> trail(@PathVariable String dialogueId, Paging paging, Caller caller) {
        return dialogues.trail(caller, dialogueId, paging);
    }

    @GetMapping("/{dialogueId}/stakeholders")
    @SignedIn
    @Operation(summary = "The stakeholder mix: per group, sessions attended, people consulted and people who judged")
    StakeholderMix stakeholders(@PathVariable String dialogueId, Caller caller) {
        DialogueView view = dialogues.one(caller, dialogueId);
        Access access = dialogues.access(caller, view);
        if (access == Access.PUBLIC) {
            return view.finalReport.stakeholderMix();
        }
        access.requireFull("who took part in this dialogue before its report is published");
        return view.stakeholderMix;
    }

    /**
     * The part of {@code view} (now, or as it stood then) that {@code access}, the caller's access now,
     * discloses. The public part of a dialogue that was not yet published then is nothing: as unknown.
     */
    private static Object disclosed(Access access, DialogueView view) {
        return access.disclose(view.dialogueId, view.publication != null, () -> view, () -> DialogueSummary.of(view),
                () -> PublicDialogue.of(view));
    }
}
