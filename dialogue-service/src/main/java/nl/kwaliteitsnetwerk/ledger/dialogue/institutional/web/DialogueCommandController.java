package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.*;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web.DialogueRequests.*;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandSender;
import nl.kwaliteitsnetwerk.ledger.platform.web.ExpectedVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;

/**
 * Every step of an institutional dialogue. Each answers the dialogue id and its new version (also as
 * ETag); send {@code If-Match} with the version you last saw to act only on that version (else 409).
 * Whether the caller is on this committee or of this institution is a rule of the dialogue itself.
 */
@RestController
@RequestMapping("/dialogues")
@Tag(name = "Institutional dialogue")
class DialogueCommandController {

    private final CommandSender commands;

    DialogueCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @Allowed({ADMINISTRATOR, INSTITUTION})
    @Operation(summary = "Open a dialogue around the institution's own question (the institution itself or the network)")
    ResponseEntity<CommandAccepted> open(@Valid @RequestBody OpenDialogueRequest body, Actor actor) {
        String dialogueId = UUID.randomUUID().toString();
        return commands.create(dialogueId, "/dialogues/" + dialogueId, new OpenDialogue(dialogueId,
                new InstitutionRef(body.institutionCode(), body.boardNumber(), body.institutionName()),
                body.question(), body.theme(), body.plannedDate(), actor));
    }

    @PostMapping("/{dialogueId}/committee")
    @Allowed(ADMINISTRATOR)
    @Operation(summary = "Appoint the committee: chair, secretary, members (independent of the institution)")
    ResponseEntity<CommandAccepted> committee(@PathVariable String dialogueId, @Valid @RequestBody CommitteeRequest body,
                                              ExpectedVersion expected, Actor actor) {
        return commands.send(dialogueId, null, new AppointDialogueCommittee(dialogueId, body.chair().toAssessor(),
                body.secretary().toAssessor(), body.memberList(), actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/questionnaires")
    @Allowed(DIALOGUE_COMMITTEE)
    @Operation(summary = "Record a preparatory questionnaire and the summary of its responses")
    ResponseEntity<CommandAccepted> questionnaire(@PathVariable String dialogueId,
                                                  @Valid @RequestBody QuestionnaireRequest body,
                                                  ExpectedVersion expected, Actor actor) {
        String id = UUID.randomUUID().toString();
        return commands.send(dialogueId, id, new RecordQuestionnaire(dialogueId, id, body.title(), body.respondents(),
                body.responseSummary(), actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/documents")
    @Allowed(INSTITUTION)
    @Operation(summary = "Share a document with the committee (the institution)")
    ResponseEntity<CommandAccepted> document(@PathVariable String dialogueId, @Valid @RequestBody DocumentRequest body,
                                             ExpectedVersion expected, Actor actor) {
        String id = UUID.randomUUID().toString();
        return commands.send(dialogueId, id, new ShareDocument(dialogueId, id, body.title(), body.reference(),
                actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/sessions")
    @Allowed(DIALOGUE_COMMITTEE)
    @Operation(summary = "Plan a session")
    ResponseEntity<CommandAccepted> planSession(@PathVariable String dialogueId, @Valid @RequestBody PlanSessionRequest body,
                                                ExpectedVersion expected, Actor actor) {
        String id = UUID.randomUUID().toString();
        return commands.send(dialogueId, id, new PlanSession(dialogueId, id, body.date(), body.topic(), actor,
                expected.orAny()));
    }

    @PostMapping("/{dialogueId}/sessions/{sessionId}/record")
    @Allowed(DIALOGUE_COMMITTEE)
    @Operation(summary = "Record a held session: participants counted per stakeholder group, and what was discussed")
    ResponseEntity<CommandAccepted> recordSession(@PathVariable String dialogueId, @PathVariable String sessionId,
                                                  @Valid @RequestBody SessionRecordRequest body,
                                                  ExpectedVersion expected, Actor actor) {
        return commands.send(dialogueId, sessionId, new HoldSession(dialogueId, sessionId, body.participantList(),
                body.discussed(), actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/observations")
    @Allowed(DIALOGUE_COMMITTEE)
    @Operation(summary = "Record an observation from a held session, tagged with a capacity or quality culture")
    ResponseEntity<CommandAccepted> observe(@PathVariable String dialogueId, @Valid @RequestBody ObservationRequest body,
                                            ExpectedVersion expected, Actor actor) {
        String id = UUID.randomUUID().toString();
        return commands.send(dialogueId, id, new RecordObservation(dialogueId, id, body.sessionId(), body.lens(),
                body.text(), actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/observations/{observationId}/corrections")
    @Allowed(DIALOGUE_COMMITTEE)
    @Operation(summary = "Correct an observation: a new version with a reason; the old one stays in the trail")
    ResponseEntity<CommandAccepted> correct(@PathVariable String dialogueId, @PathVariable String observationId,
                                            @Valid @RequestBody ObservationCorrectionRequest body,
                                            ExpectedVersion expected, Actor actor) {
        return commands.send(dialogueId, observationId, new CorrectObservation(dialogueId, observationId, body.lens(),
                body.text(), body.reason(), actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/observations/{observationId}/retraction")
    @Allowed(DIALOGUE_COMMITTEE)
    @Operation(summary = "Retract an observation, with a reason")
    ResponseEntity<CommandAccepted> retract(@PathVariable String dialogueId, @PathVariable String observationId,
                                            @Valid @RequestBody ReasonRequest body,
                                            ExpectedVersion expected, Actor actor) {
        return commands.send(dialogueId, observationId, new RetractObservation(dialogueId, observationId, body.reason(),
                actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/report-drafts")
    @Allowed(DIALOGUE_COMMITTEE)
    @Operation(summary = "Draft (or redraft) the report: conclusions and recommendations per capacity; a redraft after"
            + " the institution's reaction answers it (reactionAnswer)")
    ResponseEntity<CommandAccepted> draft(@PathVariable String dialogueId, @Valid @RequestBody DraftRequest body,
                                          ExpectedVersion expected, Actor actor) {
        return commands.send(dialogueId, null, new DraftDialogueReport(dialogueId, body.conclusions(),
                body.recommendations(), body.reactionAnswer(), actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/reaction")
    @Allowed(INSTITUTION)
    @Operation(summary = "React to the latest draft (the institution)")
    ResponseEntity<CommandAccepted> react(@PathVariable String dialogueId, @Valid @RequestBody ReactionRequest body,
                                          ExpectedVersion expected, Actor actor) {
        return commands.send(dialogueId, null, new ReactToDialogueReport(dialogueId, body.reaction(),
                body.approvedDigest(), actor,
                expected.orAny()));
    }

    @PostMapping("/{dialogueId}/final-report")
    @Allowed(DIALOGUE_COMMITTEE)
    @Operation(summary = "Finalise the latest draft (the chair, after the institution reacted, answering its reaction);"
            + " it never changes after this")
    ResponseEntity<CommandAccepted> finalise(@PathVariable String dialogueId,
                                             @Valid @RequestBody(required = false) FinaliseRequest body,
                                             ExpectedVersion expected, Actor actor) {
        // without a body there is no answer, which the dialogue refuses by its rule (reaction-not-answered)
        return commands.send(dialogueId, null, new FinaliseDialogueReport(dialogueId,
                body == null ? null : body.reactionAnswer(), body == null ? null : body.approvedDigest(), actor,
                expected.orAny()));
    }

    @PostMapping("/{dialogueId}/publication")
    @Allowed(DIALOGUE_COMMITTEE)
    @Operation(summary = "Publish the final report with a public summary (the chair)")
    ResponseEntity<CommandAccepted> publish(@PathVariable String dialogueId, @Valid @RequestBody SummaryRequest body,
                                            ExpectedVersion expected, Actor actor) {
        return commands.send(dialogueId, null, new PublishDialogueReport(dialogueId, body.summary(), actor,
                expected.orAny()));
    }

    @PostMapping("/{dialogueId}/recommendations/{recommendationId}/adoption")
    @Allowed(INSTITUTION)
    @Operation(summary = "Put a recommendation on the development agenda with owner and due date (the institution)")
    ResponseEntity<CommandAccepted> adopt(@PathVariable String dialogueId, @PathVariable String recommendationId,
                                          @Valid @RequestBody AdoptionRequest body,
                                          ExpectedVersion expected, Actor actor) {
        String id = UUID.randomUUID().toString();
        return commands.send(dialogueId, id, new AdoptRecommendation(dialogueId, recommendationId, id, body.description(),
                body.owner(), body.dueDate(), actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/recommendations/{recommendationId}/declination")
    @Allowed(INSTITUTION)
    @Operation(summary = "Decline a recommendation, with the reason (the institution)")
    ResponseEntity<CommandAccepted> decline(@PathVariable String dialogueId, @PathVariable String recommendationId,
                                            @Valid @RequestBody ReasonRequest body,
                                            ExpectedVersion expected, Actor actor) {
        return commands.send(dialogueId, recommendationId, new DeclineRecommendation(dialogueId, recommendationId,
                body.reason(), actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/agenda/{agendaItemId}/progress")
    @Allowed(INSTITUTION)
    @Operation(summary = "Record progress on an agenda item (the institution)")
    ResponseEntity<CommandAccepted> progress(@PathVariable String dialogueId, @PathVariable String agendaItemId,
                                             @Valid @RequestBody NoteRequest body,
                                             ExpectedVersion expected, Actor actor) {
        return commands.send(dialogueId, agendaItemId, new RecordAgendaProgress(dialogueId, agendaItemId, body.note(),
                actor, expected.orAny()));
    }

    @PostMapping("/{dialogueId}/agenda/{agendaItemId}/completion")
    @Allowed(INSTITUTION)
    @Operation(summary = "Complete an agenda item, with evidence (the institution)")
    ResponseEntity<CommandAccepted> complete(@PathVariable String dialogueId, @PathVariable String agendaItemId,
                                             @Valid @RequestBody EvidenceRequest body,
                                             ExpectedVersion expected, Actor actor) {
        return commands.send(dialogueId, agendaItemId, new CompleteAgendaItem(dialogueId, agendaItemId, body.evidence(),
                actor, expected.orAny()));
    }
}
