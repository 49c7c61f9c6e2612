package nl.kwaliteitsnetwerk.ledger.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.audit.web.Requests.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
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
 * Every step of an audit's lifecycle. Each answers the audit id and its new version (also as ETag);
 * send {@code If-Match} with the version you last saw to act only on that version (else 409). Whether
 * the caller is the lead auditor, on the team, or of the audited institution is a rule of the audit
 * itself; one who may not see the audit gets the 404 of an unknown id.
 */
@RestController
@RequestMapping("/audits")
@Tag(name = "Audit lifecycle")
class AuditCommandController {

    private final CommandSender commands;

    AuditCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @Allowed(ADMINISTRATOR)
    @Operation(summary = "Schedule an audit of an institution under a framework version")
    ResponseEntity<CommandAccepted> schedule(@Valid @RequestBody ScheduleAuditRequest body, Actor actor) {
        String auditId = UUID.randomUUID().toString();
        return commands.create(auditId, "/audits/" + auditId, new ScheduleAudit(auditId,
                new InstitutionRef(body.institutionCode(), body.boardNumber(), body.institutionName()),
                body.kind(), body.theme(), body.plannedDate(),
                new FrameworkRef(body.frameworkId(), body.frameworkVersion()), actor, body.occurredOn()));
    }

    @PostMapping("/{auditId}/team")
    @Allowed(ADMINISTRATOR)
    @Operation(summary = "Assign the lead auditor and auditors (independent of the institution)")
    ResponseEntity<CommandAccepted> assignTeam(@PathVariable String auditId, @Valid @RequestBody AssignTeamRequest body,
                                               ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, null, new AssignAuditTeam(auditId, body.leadAuditor().toMember(),
                body.auditorMembers(), actor, expected.orAny(), body.occurredOn()));
    }

    @PostMapping("/{auditId}/intake")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Record the intake with the board")
    ResponseEntity<CommandAccepted> intake(@PathVariable String auditId, @Valid @RequestBody IntakeRequest body,
                                           ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, null, new RecordIntake(auditId, body.heldOn(), body.expectations(), actor,
                expected.orAny()));
    }

    @PostMapping("/{auditId}/site-visit")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Start the site visit")
    ResponseEntity<CommandAccepted> startSiteVisit(@PathVariable String auditId,
                                                   @Valid @RequestBody(required = false) OccurredOnRequest body,
                                                   ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, null, new StartSiteVisit(auditId, actor, expected.orAny(),
                body == null ? null : body.occurredOn()));
    }

    @PostMapping("/{auditId}/findings")
    @Allowed({LEAD_AUDITOR, AUDITOR})
    @Operation(summary = "Record a finding (during the site visit, by the audit team)")
    ResponseEntity<CommandAccepted> recordFinding(@PathVariable String auditId, @Valid @RequestBody FindingRequest body,
                                                  ExpectedVersion expected, Actor actor) {
        String findingId = UUID.randomUUID().toString();
        return commands.send(auditId, findingId, new RecordFinding(auditId, findingId, body.standardCode(), body.kind(),
                body.text(), body.evidenceReferences(), actor, expected.orAny(), body.occurredOn()));
    }

    @PostMapping("/{auditId}/findings/{findingId}/corrections")
    @Allowed({LEAD_AUDITOR, AUDITOR})
    @Operation(summary = "Correct a finding: a new version with a reason; the old one stays in the trail")
    ResponseEntity<CommandAccepted> correctFinding(@PathVariable String auditId, @PathVariable String findingId,
                                                   @Valid @RequestBody CorrectionRequest body,
                                                   ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, findingId, new CorrectFinding(auditId, findingId, body.standardCode(), body.kind(),
                body.text(), body.evidenceReferences(), body.reason(), actor, expected.orAny()));
    }

    @PostMapping("/{auditId}/findings/{findingId}/retraction")
    @Allowed({LEAD_AUDITOR, AUDITOR})
    @Operation(summary = "Retract a finding, with a reason")
    ResponseEntity<CommandAccepted> retractFinding(@PathVariable String auditId, @PathVariable String findingId,
                                                   @Valid @RequestBody ReasonRequest body,
                                                   ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, findingId, new RetractFinding(auditId, findingId, body.reason(), actor,
                expected.orAny()));
    }

    @PostMapping("/{auditId}/judgements")
    @Allowed({LEAD_AUDITOR, AUDITOR})
    @Operation(summary = "Judge a standard; judging it again revises the earlier judgement and needs a reason")
    ResponseEntity<CommandAccepted> judge(@PathVariable String auditId, @Valid @RequestBody JudgementRequest body,
                                          ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, body.standardCode(), new JudgeStandard(auditId, body.standardCode(), body.value(),
                body.rationale(), body.revisionReason(), actor, expected.orAny(), body.occurredOn()));
    }

    @PostMapping("/{auditId}/overall-judgement")
    @Allowed({LEAD_AUDITOR, AUDITOR})
    @Operation(summary = "Record the overall judgement (the quality profile 1-5, or the framework's final judgement)")
    ResponseEntity<CommandAccepted> overall(@PathVariable String auditId, @Valid @RequestBody OverallJudgementRequest body,
                                            ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, null, new RecordOverallJudgement(auditId, body.value(), body.rationale(),
                body.revisionReason(), actor, expected.orAny(), body.occurredOn()));
    }

    @PostMapping("/{auditId}/oral-feedback")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Give the oral feedback that closes the site visit")
    ResponseEntity<CommandAccepted> oralFeedback(@PathVariable String auditId, @Valid @RequestBody SummaryRequest body,
                                                 ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, null, new GiveOralFeedback(auditId, body.summary(), actor, expected.orAny(),
                body.occurredOn()));
    }

    @PostMapping("/{auditId}/concept-report")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Issue the concept report and open the comment period")
    ResponseEntity<CommandAccepted> concept(@PathVariable String auditId, @Valid @RequestBody ConceptReportRequest body,
                                            ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, null, new IssueConceptReport(auditId, body.reportText(), body.commentDeadline(),
                actor, expected.orAny(), body.occurredOn()));
    }

    @PostMapping("/{auditId}/reopening")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Reopen the concept report for findings and judgements, with a reason")
    ResponseEntity<CommandAccepted> reopen(@PathVariable String auditId, @Valid @RequestBody ReopeningRequest body,
                                           ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, null, new ReopenAudit(auditId, body.reason(), actor, expected.orAny(),
                body.occurredOn()));
    }

    @PostMapping("/{auditId}/comments")
    @Allowed({INSTITUTION, QUALITY_COUNCIL})
    @Operation(summary = "Comment on the concept report (the institution or the Kwaliteitsraad)")
    ResponseEntity<CommandAccepted> comment(@PathVariable String auditId, @Valid @RequestBody CommentRequest body,
                                            ExpectedVersion expected, Actor actor) {
        String commentId = UUID.randomUUID().toString();
        return commands.send(auditId, commentId, new CommentOnConcept(auditId, commentId, body.standardCode(),
                body.text(), actor, expected.orAny(), body.occurredOn()));
    }

    @PostMapping("/{auditId}/comments/{commentId}/disposition")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Dispose of a comment: accepted with a change, or not accepted with a reason")
    ResponseEntity<CommandAccepted> dispose(@PathVariable String auditId, @PathVariable String commentId,
                                            @Valid @RequestBody DispositionRequest body,
                                            ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, commentId, new DisposeComment(auditId, commentId, body.disposition(),
                body.explanation(), actor, expected.orAny(), body.occurredOn()));
    }

    @PostMapping("/{auditId}/final-report")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Finalise the report; it never changes after this. An investigation of the inspectorate "
            + "sets the term of follow-up supervision (four years unless given)")
    ResponseEntity<CommandAccepted> finalise(@PathVariable String auditId, @Valid @RequestBody FinalReportRequest body,
                                             ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, null, new FinaliseReport(auditId, body.reportText(), body.approvedDigest(), actor,
                expected.orAny(), body.occurredOn(), body.supervisionTermYears()));
    }

    /** The board reacts to the version in force; an erratum after it makes its reaction stale (see the audit view). */
    @PostMapping("/{auditId}/board-reaction")
    @Allowed(INSTITUTION)
    @Operation(summary = "Record the board's reaction to the final report, citing the digest of the version in force")
    ResponseEntity<CommandAccepted> boardReaction(@PathVariable String auditId, @Valid @RequestBody BoardReactionRequest body,
                                                  ExpectedVersion expected, Actor actor) {
        RecordBoardReaction reaction = new RecordBoardReaction(auditId, body.reaction(), body.approvedDigest(), actor,
                expected.orAny(), body.occurredOn());
        return commands.send(auditId, null, reaction);
    }

    @PostMapping("/{auditId}/errata")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Issue an erratum to the final report")
    ResponseEntity<CommandAccepted> erratum(@PathVariable String auditId, @Valid @RequestBody ErratumRequest body,
                                            ExpectedVersion expected, Actor actor) {
        String erratumId = UUID.randomUUID().toString();
        return commands.send(auditId, erratumId, new IssueErratum(auditId, erratumId, body.correction(), body.reason(),
                actor, expected.orAny(), body.occurredOn()));
    }

    @PostMapping("/{auditId}/publication")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Publish the public summary; every improvement point becomes a follow-up action with its due date")
    ResponseEntity<CommandAccepted> publish(@PathVariable String auditId, @Valid @RequestBody PublicationRequest body,
                                            ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, null, new PublishSummary(auditId, body.summary(), body.followUpDueDates(), actor,
                expected.orAny(), body.occurredOn()));
    }

    @PostMapping("/{auditId}/follow-ups/{followUpId}/done")
    @Allowed(INSTITUTION)
    @Operation(summary = "Report a follow-up action done, with evidence (the audited institution)")
    ResponseEntity<CommandAccepted> followUpDone(@PathVariable String auditId, @PathVariable String followUpId,
                                                 @Valid @RequestBody FollowUpDoneRequest body,
                                                 ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, followUpId, new ReportFollowUpDone(auditId, followUpId, body.evidence(), actor,
                expected.orAny()));
    }

    @PostMapping("/{auditId}/follow-ups/{followUpId}/acceptance")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Accept a follow-up action reported done; it ends")
    ResponseEntity<CommandAccepted> acceptFollowUp(@PathVariable String auditId, @PathVariable String followUpId,
                                                   @Valid @RequestBody FollowUpAcceptanceRequest body,
                                                   ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, followUpId, new AcceptFollowUp(auditId, followUpId, body.note(), actor,
                expected.orAny()));
    }

    @PostMapping("/{auditId}/follow-ups/{followUpId}/reopening")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Reopen a follow-up action reported done, with a reason and a new due date")
    ResponseEntity<CommandAccepted> reopenFollowUp(@PathVariable String auditId, @PathVariable String followUpId,
                                                   @Valid @RequestBody FollowUpReopeningRequest body,
                                                   ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, followUpId, new ReopenFollowUp(auditId, followUpId, body.reason(),
                body.newDueDate(), actor, expected.orAny()));
    }
}
