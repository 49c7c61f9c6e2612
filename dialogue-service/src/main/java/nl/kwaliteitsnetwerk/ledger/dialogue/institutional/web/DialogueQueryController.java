package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueStatus;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.StakeholderMix;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueHistory;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueView;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web.DialogueResponses.DialogueSummary;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web.DialogueResponses.PublicDialogue;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.Access;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** Reading dialogues; what a caller gets depends on who they are ({@link DialogueAccess}). */
@RestController
@RequestMapping("/dialogues")
@Tag(name = "Institutional dialogue queries")
class DialogueQueryController {

    private final VisibleDialogues dialogues;
    private final DialogueHistory history;

    DialogueQueryController(VisibleDialogues dialogues, DialogueHistory history) {
        this.dialogues = dialogues;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Dialogues visible to you, optionally of one institution and in one status")
    List<DialogueSummary> list(@RequestParam(required = false) String institution,
                               @RequestParam(required = false) DialogueStatus status, Caller caller) {
        return dialogues.list(caller, institution, status).stream().map(DialogueSummary::of).toList();
    }

    @GetMapping("/{dialogueId}")
    @Operation(summary = "One dialogue; with asOf, as it stood then")
    @ApiResponse(responseCode = "200", description = "What the caller may see of it",
            content = @Content(schema = @Schema(anyOf = {DialogueView.class, DialogueSummary.class, PublicDialogue.class})))
    ResponseEntity<Object> get(@PathVariable String dialogueId,
                               @Parameter(description = "an ISO-8601 instant, e.g. 2027-03-01T12:00:00Z")
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant asOf,
                               Caller caller) {
        DialogueView current = dialogues.one(caller, dialogueId);
        Access access = DialogueAccess.of(caller, current);
        if (asOf != null) {
            access.requireFull("the history of this dialogue");
            DialogueView then = history.asOf(dialogueId, asOf)
                    .orElseThrow(() -> new NotFound("Dialogue " + dialogueId + " did not exist yet at " + asOf + "."));
            return ResponseEntity.ok().eTag(Versions.etag(then.version)).body(then);
        }
        Object body = switch (access) {
            case FULL -> current;
            case SUMMARY -> DialogueSummary.of(current);
            case PUBLIC -> PublicDialogue.of(current);
            case NONE -> throw new IllegalStateException("unreachable: VisibleDialogues answers 404 first");
        };
        return ResponseEntity.ok().eTag(Versions.etag(current.version)).body(body);
    }

    @GetMapping("/{dialogueId}/trail")
    @Operation(summary = "Every event of the dialogue in order: when, who in which role, what changed")
    List<TrailEntry> trail(@PathVariable String dialogueId, Caller caller) {
        DialogueAccess.of(caller, dialogues.one(caller, dialogueId)).requireFull("the trail of this dialogue");
        return history.trail(dialogueId);
    }

    @GetMapping("/{dialogueId}/stakeholders")
    @Operation(summary = "The stakeholder mix: per group, sessions attended, people consulted and people who judged")
    StakeholderMix stakeholders(@PathVariable String dialogueId, Caller caller) {
        DialogueView view = dialogues.one(caller, dialogueId);
        Access access = DialogueAccess.of(caller, view);
        if (access == Access.PUBLIC) {
            return view.finalReport.stakeholderMix();
        }
        access.requireFull("who took part in this dialogue before its report is published");
        return view.stakeholderMix;
    }
}
