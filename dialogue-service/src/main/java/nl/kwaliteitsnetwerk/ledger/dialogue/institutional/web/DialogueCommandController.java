package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web.DialogueRequests.*;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.Commands;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;

/**
 * Every step of an institutional dialogue. Each answers the dialogue id and its new version (also as
 * ETag); send {@code If-Match} with the version you last saw to act only on that version (else 409).
 */
@RestController
@RequestMapping("/dialogues")
@Tag(name = "Institutional dialogue")
class DialogueCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final Commands commands;

    DialogueCommandController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Open a dialogue around the institution's own question (the institution itself or the network)")
    ResponseEntity<CommandAccepted> open(@Valid @RequestBody OpenDialogueRequest body, Caller caller) {
        String dialogueId = UUID.randomUUID().toString();
        return commands.create(dialogueId, "/dialogues/" + dialogueId, new OpenDialogue(dialogueId,
                new InstitutionRef(body.institutionCode(), body.boardNumber(), body.institutionName()),
                body.question(), body.theme(), body.plannedDate(), caller.actingAs(ADMINISTRATOR, INSTITUTION)));
    }

    @PostMapping("/{dialogueId}/committee")
    @Operation(summary = "Appoint the committee: chair, secretary, members (independent of the institution)")
    ResponseEntity<CommandAccepted> committee(@PathVariable String dialogueId, @Valid @RequestBody CommitteeRequest body,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              Caller caller) {
        return commands.send(dialogueId, null, new AppointDialogueCommittee(dialogueId, body.chair(), body.secretary(),
                body.members(), caller.actingAs(ADMINISTRATOR), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/questionnaires")
    @Operation(summary = "Record a preparatory questionnaire and the summary of its responses")
    ResponseEntity<CommandAccepted> questionnaire(@PathVariable String dialogueId,
                                                  @Valid @RequestBody QuestionnaireRequest body,
                                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                  Caller caller) {
        String id = UUID.randomUUID().toString();
        return commands.send(dialogueId, id, new RecordQuestionnaire(dialogueId, id, body.title(), body.respondents(),
                body.responseSummary(), committee(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/documents")
    @Operation(summary = "Share a document with the committee (the institution)")
    ResponseEntity<CommandAccepted> document(@PathVariable String dialogueId, @Valid @RequestBody DocumentRequest body,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             Caller caller) {
        String id = UUID.randomUUID().toString();
        return commands.send(dialogueId, id, new ShareDocument(dialogueId, id, body.title(), body.reference(),
                institution(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/sessions")
    @Operation(summary = "Plan a session")
    ResponseEntity<CommandAccepted> planSession(@PathVariable String dialogueId, @Valid @RequestBody PlanSessionRequest body,
                                                @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                Caller caller) {
        String id = UUID.randomUUID().toString();
        return commands.send(dialogueId, id, new PlanSession(dialogueId, id, body.date(), body.topic(), committee(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/sessions/{sessionId}/record")
    @Operation(summary = "Record a held session: participants counted per stakeholder group, and what was discussed")
    ResponseEntity<CommandAccepted> recordSession(@PathVariable String dialogueId, @PathVariable String sessionId,
                                                  @Valid @RequestBody SessionRecordRequest body,
                                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                  Caller caller) {
        return commands.send(dialogueId, sessionId, new HoldSession(dialogueId, sessionId, body.participants(),
                body.discussed(), committee(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/observations")
    @Operation(summary = "Record an observation from a held session, tagged with a capacity or quality culture")
    ResponseEntity<CommandAccepted> observe(@PathVariable String dialogueId, @Valid @RequestBody ObservationRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        String id = UUID.randomUUID().toString();
        return commands.send(dialogueId, id, new RecordObservation(dialogueId, id, body.sessionId(), body.lens(),
                body.text(), committee(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/observations/{observationId}/corrections")
    @Operation(summary = "Correct an observation: a new version with a reason; the old one stays in the trail")
    ResponseEntity<CommandAccepted> correct(@PathVariable String dialogueId, @PathVariable String observationId,
                                            @Valid @RequestBody ObservationCorrectionRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        return commands.send(dialogueId, observationId, new CorrectObservation(dialogueId, observationId, body.lens(),
                body.text(), body.reason(), committee(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/observations/{observationId}/retraction")
    @Operation(summary = "Retract an observation, with a reason")
    ResponseEntity<CommandAccepted> retract(@PathVariable String dialogueId, @PathVariable String observationId,
                                            @Valid @RequestBody ReasonRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        return commands.send(dialogueId, observationId, new RetractObservation(dialogueId, observationId, body.reason(),
                committee(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/report-drafts")
    @Operation(summary = "Draft (or redraft) the report: conclusions and recommendations per capacity")
    ResponseEntity<CommandAccepted> draft(@PathVariable String dialogueId, @Valid @RequestBody DraftRequest body,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          Caller caller) {
        return commands.send(dialogueId, null, new DraftDialogueReport(dialogueId, body.conclusions(),
                body.recommendations(), committee(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/reaction")
    @Operation(summary = "React to the latest draft (the institution)")
    ResponseEntity<CommandAccepted> react(@PathVariable String dialogueId, @Valid @RequestBody ReactionRequest body,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          Caller caller) {
        return commands.send(dialogueId, null, new ReactToDialogueReport(dialogueId, body.reaction(), institution(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/final-report")
    @Operation(summary = "Finalise the latest draft (the chair, after the institution reacted); it never changes after this")
    ResponseEntity<CommandAccepted> finalise(@PathVariable String dialogueId,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             Caller caller) {
        return commands.send(dialogueId, null, new FinaliseDialogueReport(dialogueId, committee(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/publication")
    @Operation(summary = "Publish the final report with a public summary (the chair)")
    ResponseEntity<CommandAccepted> publish(@PathVariable String dialogueId, @Valid @RequestBody SummaryRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        return commands.send(dialogueId, null, new PublishDialogueReport(dialogueId, body.summary(), committee(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/recommendations/{recommendationId}/adoption")
    @Operation(summary = "Put a recommendation on the development agenda with owner and due date (the institution)")
    ResponseEntity<CommandAccepted> adopt(@PathVariable String dialogueId, @PathVariable String recommendationId,
                                          @Valid @RequestBody AdoptionRequest body,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          Caller caller) {
        String id = UUID.randomUUID().toString();
        return commands.send(dialogueId, id, new AdoptRecommendation(dialogueId, recommendationId, id, body.description(),
                body.owner(), body.dueDate(), institution(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/recommendations/{recommendationId}/declination")
    @Operation(summary = "Decline a recommendation, with the reason (the institution)")
    ResponseEntity<CommandAccepted> decline(@PathVariable String dialogueId, @PathVariable String recommendationId,
                                            @Valid @RequestBody ReasonRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        return commands.send(dialogueId, recommendationId, new DeclineRecommendation(dialogueId, recommendationId,
                body.reason(), institution(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/agenda/{agendaItemId}/progress")
    @Operation(summary = "Record progress on an agenda item (the institution)")
    ResponseEntity<CommandAccepted> progress(@PathVariable String dialogueId, @PathVariable String agendaItemId,
                                             @Valid @RequestBody NoteRequest body,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             Caller caller) {
        return commands.send(dialogueId, agendaItemId, new RecordAgendaProgress(dialogueId, agendaItemId, body.note(),
                institution(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{dialogueId}/agenda/{agendaItemId}/completion")
    @Operation(summary = "Complete an agenda item, with evidence (the institution)")
    ResponseEntity<CommandAccepted> complete(@PathVariable String dialogueId, @PathVariable String agendaItemId,
                                             @Valid @RequestBody EvidenceRequest body,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             Caller caller) {
        return commands.send(dialogueId, agendaItemId, new CompleteAgendaItem(dialogueId, agendaItemId, body.evidence(),
                institution(caller), Versions.fromIfMatch(ifMatch)));
    }

    private static Actor committee(Caller caller) {
        return caller.actingAs(DIALOGUE_COMMITTEE);
    }

    private static Actor institution(Caller caller) {
        return caller.actingAs(INSTITUTION);
    }
}
