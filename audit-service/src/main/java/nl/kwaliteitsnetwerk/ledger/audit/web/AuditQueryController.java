package nl.kwaliteitsnetwerk.ledger.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.audit.access.AuditAccess;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditResponses.AuditSummary;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditResponses.PublicAudit;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrityException;
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
import java.time.LocalDate;

/**
 * Reading audits. What a caller gets depends on who they are ({@link AuditAccess}): the whole audit,
 * its planning data, its public part, or a 404 that does not even confirm the audit exists.
 */
@RestController
@RequestMapping("/audits")
@Tag(name = "Audit queries")
class AuditQueryController {

    private final VisibleAudits audits;

    AuditQueryController(VisibleAudits audits) {
        this.audits = audits;
    }

    @GetMapping
    @SignedIn
    @Operation(summary = "Audits visible to you, optionally of one institution and in one status, by planned date")
    Page<AuditSummary> list(@RequestParam(required = false) @SingleLine @Size(max = FieldLimits.CODE) String institution,
                            @RequestParam(required = false) AuditStatus status, Paging paging, Caller caller) {
        return paging.page(audits.list(caller, institution, status).stream().map(AuditSummary::of).toList(),
                audit -> audit.plannedDate() + "/" + audit.auditId());
    }

    @GetMapping("/{auditId}")
    @SignedIn
    @Operation(summary = "One audit with its findings and judgements per standard; with asOf, as recorded then; "
            + "with effectiveOn, as effective that day by business dates; shown as much as you may see of it now")
    @ApiResponse(responseCode = "200", description = "What the caller may see of it",
            content = @Content(schema = @Schema(anyOf = {AuditView.class, AuditSummary.class, PublicAudit.class})))
    ResponseEntity<Object> get(@PathVariable String auditId,
                               @Parameter(description = "an ISO-8601 instant, e.g. 2026-03-01T12:00:00Z")
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant asOf,
                               @Parameter(description = "an ISO-8601 date: the audit as effective that day, by the "
                                       + "business dates of its steps (as corrected), e.g. 2022-01-01")
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate effectiveOn,
                               Caller caller) {
        return effectiveOn == null ? audits.read(caller, auditId, asOf, AuditQueryController::disclosed)
                : audits.readEffective(caller, auditId, effectiveOn, asOf, AuditQueryController::disclosed);
    }

    /**
     * What the caller may see of the audit as it stands now or stood then: how much is decided by who
     * they are and where the audit stands now, whatever the instant, so a past never shows more than the
     * present. The public part of an audit that was not yet published then is nothing: as unknown.
     */
    private static Object disclosed(Access access, AuditView view) {
        requireReportDigestsVerify(view);
        return access.disclose(view.auditId, view.publication != null, () -> view, () -> AuditSummary.of(view),
                () -> PublicAudit.of(view));
    }

    /**
     * A report version whose stored digest is not that of its content is a break in the ledger: nothing of the
     * audit is served, as with any other break (503 {@code ledger-integrity}, which names no audit).
     */
    private static void requireReportDigestsVerify(AuditView view) {
        String broken = view.reportVersions == null ? null : view.reportVersions.integrityBreak;
        if (broken != null) {
            throw new LedgerIntegrityException(new LedgerBreak(null, view.auditId, LedgerBreak.Kind.ALTERED, broken));
        }
    }

    @GetMapping("/{auditId}/trail")
    @SignedIn
    @Operation(summary = "Every event of the audit in order: when, who in which role, what changed")
    Page<TrailEntry> trail(@PathVariable String auditId, Paging paging, Caller caller) {
        return audits.trail(caller, auditId, paging);
    }
}
