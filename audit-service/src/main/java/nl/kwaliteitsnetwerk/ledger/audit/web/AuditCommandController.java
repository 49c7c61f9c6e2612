package nl.kwaliteitsnetwerk.ledger.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.audit.web.Requests.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;

/**
 * Every step of an audit's lifecycle. Each answers the audit id and its new version (also as ETag);
 * send {@code If-Match} with the version you last saw to act only on that version (else 409).
 */
@RestController
@RequestMapping("/audits")
@Tag(name = "Audit lifecycle")
class AuditCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final CommandGateway commands;

    AuditCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Schedule an audit of an institution under a framework version")
    ResponseEntity<CommandAccepted> schedule(@Valid @RequestBody ScheduleAuditRequest body, Caller caller) {
        String auditId = UUID.randomUUID().toString();
        commands.sendAndWait(new ScheduleAudit(auditId,
                new InstitutionRef(body.institutionCode(), body.boardNumber(), body.institutionName()),
                body.kind(), body.theme(), body.plannedDate(),
                new FrameworkRef(body.frameworkId(), body.frameworkVersion()), caller.actingAs(ADMINISTRATOR)));
        return ResponseEntity.created(URI.create("/audits/" + auditId))
                .eTag(Versions.etag(0))
                .body(new CommandAccepted(auditId, 0, auditId));
    }

    @PostMapping("/{auditId}/team")
    @Operation(summary = "Assign the lead auditor and auditors (independent of the institution)")
    ResponseEntity<CommandAccepted> assignTeam(@PathVariable String auditId, @Valid @RequestBody AssignTeamRequest body,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                               Caller caller) {
        return send(auditId, null, new AssignAuditTeam(auditId, body.leadAuditor(), body.auditors(),
                caller.actingAs(ADMINISTRATOR), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/intake")
    @Operation(summary = "Record the intake with the board")
    ResponseEntity<CommandAccepted> intake(@PathVariable String auditId, @Valid @RequestBody IntakeRequest body,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           Caller caller) {
        return send(auditId, null, new RecordIntake(auditId, body.heldOn(), body.expectations(), lead(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/site-visit")
    @Operation(summary = "Start the site visit")
    ResponseEntity<CommandAccepted> startSiteVisit(@PathVariable String auditId,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   Caller caller) {
        return send(auditId, null, new StartSiteVisit(auditId, lead(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/findings")
    @Operation(summary = "Record a finding (during the site visit, by the audit team)")
    ResponseEntity<CommandAccepted> recordFinding(@PathVariable String auditId, @Valid @RequestBody FindingRequest body,
                                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                  Caller caller) {
        String findingId = UUID.randomUUID().toString();
        return send(auditId, findingId, new RecordFinding(auditId, findingId, body.standardCode(), body.kind(),
                body.text(), body.evidence(), auditor(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/findings/{findingId}/corrections")
    @Operation(summary = "Correct a finding: a new version with a reason; the old one stays in the trail")
    ResponseEntity<CommandAccepted> correctFinding(@PathVariable String auditId, @PathVariable String findingId,
                                                   @Valid @RequestBody CorrectionRequest body,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   Caller caller) {
        return send(auditId, findingId, new CorrectFinding(auditId, findingId, body.standardCode(), body.kind(),
                body.text(), body.evidence(), body.reason(), auditor(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/findings/{findingId}/retraction")
    @Operation(summary = "Retract a finding, with a reason")
    ResponseEntity<CommandAccepted> retractFinding(@PathVariable String auditId, @PathVariable String findingId,
                                                   @Valid @RequestBody ReasonRequest body,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   Caller caller) {
        return send(auditId, findingId, new RetractFinding(auditId, findingId, body.reason(), auditor(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/judgements")
    @Operation(summary = "Judge a standard; judging it again revises the earlier judgement and needs a reason")
    ResponseEntity<CommandAccepted> judge(@PathVariable String auditId, @Valid @RequestBody JudgementRequest body,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          Caller caller) {
        return send(auditId, body.standardCode(), new JudgeStandard(auditId, body.standardCode(), body.value(),
                body.rationale(), body.revisionReason(), auditor(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/overall-judgement")
    @Operation(summary = "Record the overall judgement (the quality profile 1-5, or the framework's final judgement)")
    ResponseEntity<CommandAccepted> overall(@PathVariable String auditId, @Valid @RequestBody OverallJudgementRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        return send(auditId, null, new RecordOverallJudgement(auditId, body.value(), body.rationale(),
                body.revisionReason(), auditor(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/oral-feedback")
    @Operation(summary = "Give the oral feedback that closes the site visit")
    ResponseEntity<CommandAccepted> oralFeedback(@PathVariable String auditId, @Valid @RequestBody SummaryRequest body,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 Caller caller) {
        return send(auditId, null, new GiveOralFeedback(auditId, body.summary(), lead(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/concept-report")
    @Operation(summary = "Issue the concept report and open the comment period")
    ResponseEntity<CommandAccepted> concept(@PathVariable String auditId, @Valid @RequestBody ConceptReportRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        return send(auditId, null, new IssueConceptReport(auditId, body.reportText(), body.commentDeadline(),
                lead(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/reopening")
    @Operation(summary = "Reopen the concept report for findings and judgements, with a reason")
    ResponseEntity<CommandAccepted> reopen(@PathVariable String auditId, @Valid @RequestBody ReasonRequest body,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           Caller caller) {
        return send(auditId, null, new ReopenAudit(auditId, body.reason(), lead(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/comments")
    @Operation(summary = "Comment on the concept report (the institution or the Kwaliteitsraad)")
    ResponseEntity<CommandAccepted> comment(@PathVariable String auditId, @Valid @RequestBody CommentRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        String commentId = UUID.randomUUID().toString();
        return send(auditId, commentId, new CommentOnConcept(auditId, commentId, body.standardCode(), body.text(),
                caller.actingAs(INSTITUTION, QUALITY_COUNCIL), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/comments/{commentId}/disposition")
    @Operation(summary = "Dispose of a comment: accepted with a change, or not accepted with a reason")
    ResponseEntity<CommandAccepted> dispose(@PathVariable String auditId, @PathVariable String commentId,
                                            @Valid @RequestBody DispositionRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        return send(auditId, commentId, new DisposeComment(auditId, commentId, body.disposition(), body.explanation(),
                lead(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/final-report")
    @Operation(summary = "Finalise the report; it never changes after this")
    ResponseEntity<CommandAccepted> finalise(@PathVariable String auditId, @Valid @RequestBody FinalReportRequest body,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             Caller caller) {
        return send(auditId, null, new FinaliseReport(auditId, body.reportText(), lead(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/errata")
    @Operation(summary = "Issue an erratum to the final report")
    ResponseEntity<CommandAccepted> erratum(@PathVariable String auditId, @Valid @RequestBody ErratumRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        String erratumId = UUID.randomUUID().toString();
        return send(auditId, erratumId, new IssueErratum(auditId, erratumId, body.correction(), body.reason(),
                lead(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/publication")
    @Operation(summary = "Publish the public summary; every improvement point becomes a follow-up action with its due date")
    ResponseEntity<CommandAccepted> publish(@PathVariable String auditId, @Valid @RequestBody PublicationRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        return send(auditId, null, new PublishSummary(auditId, body.summary(), body.followUpDueDates(), lead(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/follow-ups/{followUpId}/done")
    @Operation(summary = "Report a follow-up action done, with evidence (the audited institution)")
    ResponseEntity<CommandAccepted> followUpDone(@PathVariable String auditId, @PathVariable String followUpId,
                                                 @Valid @RequestBody FollowUpDoneRequest body,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 Caller caller) {
        return send(auditId, followUpId, new ReportFollowUpDone(auditId, followUpId, body.evidence(),
                caller.actingAs(INSTITUTION), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/follow-ups/{followUpId}/acceptance")
    @Operation(summary = "Accept a follow-up action reported done; it ends")
    ResponseEntity<CommandAccepted> acceptFollowUp(@PathVariable String auditId, @PathVariable String followUpId,
                                                   @Valid @RequestBody FollowUpAcceptanceRequest body,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   Caller caller) {
        return send(auditId, followUpId, new AcceptFollowUp(auditId, followUpId, body.note(), lead(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{auditId}/follow-ups/{followUpId}/reopening")
    @Operation(summary = "Reopen a follow-up action reported done, with a reason and a new due date")
    ResponseEntity<CommandAccepted> reopenFollowUp(@PathVariable String auditId, @PathVariable String followUpId,
                                                   @Valid @RequestBody FollowUpReopeningRequest body,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   Caller caller) {
        return send(auditId, followUpId, new ReopenFollowUp(auditId, followUpId, body.reason(), body.newDueDate(),
                lead(caller), Versions.fromIfMatch(ifMatch)));
    }

    private ResponseEntity<CommandAccepted> send(String auditId, String createdId, Object command) {
        long version = commands.sendAndWait(command);
        return ResponseEntity.status(HttpStatus.OK).eTag(Versions.etag(version))
                .body(new CommandAccepted(auditId, version, createdId));
    }

    private static Actor lead(Caller caller) {
        return caller.actingAs(LEAD_AUDITOR);
    }

    private static Actor auditor(Caller caller) {
        return caller.actingAs(LEAD_AUDITOR, AUDITOR);
    }
}
