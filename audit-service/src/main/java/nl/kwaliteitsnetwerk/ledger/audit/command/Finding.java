package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditChecks.*;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/**
 * One finding of an audit: recorded on a standard, corrected by new versions, or retracted; it stays in the
 * audit either way. Its own rules are here; whether a change leaves a judgement without findings spans the
 * audit's findings and judgements, so the audit checks that before the change reaches the finding.
 */
final class Finding extends AuditPart {

    @EntityId
    private final String findingId;
    private final AuditContext audit;
    private String standardCode;
    private FindingKind kind;
    private String text;
    private int revision;
    private boolean retracted;

    Finding(AuditContext audit, FindingRecorded recorded) {
        this.audit = audit;
        this.findingId = recorded.findingId();
        this.standardCode = recorded.standardCode();
        this.kind = recorded.kind();
        this.text = recorded.text();
    }

    /** What any version of a finding holds: a standard of the audit's framework, its kind, text and evidence. */
    static void requireContent(AuditContext audit, FrameworkCatalog frameworks, String standardCode, FindingKind kind,
                               String text, List<EvidenceReference> evidence) {
        requireStandard(audit.framework(frameworks), audit.frameworkRef(), standardCode);
        require(kind != null, AuditRule.REQUIRED_TEXT, "A finding needs its kind.");
        requireText(text, "A finding needs its text.");
        require(evidence != null && !evidence.isEmpty()
                        && evidence.stream().allMatch(e -> e != null && e.kind() != null && !isBlank(e.reference())),
                AuditRule.EVIDENCE_REQUIRED, "A finding names the documents seen or interviews held it rests on.");
    }

    @CommandHandler
    long handle(CorrectFinding command, FrameworkCatalog frameworks, Clock clock) {
        requireLive();
        requireReason(command.reason(), "A correction says why.");
        requireContent(audit, frameworks, command.standardCode(), command.kind(), command.text(), command.evidence());
        return audit.record(new FindingCorrected(audit.auditId(), findingId, revision + 1, command.standardCode(),
                command.kind(), command.text(), List.copyOf(command.evidence()), command.reason(),
                command.actor(), clock.instant()));
    }

    @CommandHandler
    long handle(RetractFinding command, Clock clock) {
        requireLive();
        requireReason(command.reason(), "A retraction says why.");
        return audit.record(new FindingRetracted(audit.auditId(), findingId, command.reason(), command.actor(),
                clock.instant()));
    }

    private void requireLive() {
        require(!retracted, AuditRule.FINDING_RETRACTED, "Finding " + findingId + " was retracted.");
    }

    @EventSourcingHandler
    void on(FindingCorrected event) {
        standardCode = event.standardCode();
        kind = event.kind();
        text = event.text();
        revision = event.revision();
    }

    @EventSourcingHandler
    void on(FindingRetracted event) {
        retracted = true;
    }

    String findingId() {
        return findingId;
    }

    String standardCode() {
        return standardCode;
    }

    String text() {
        return text;
    }

    boolean live() {
        return !retracted;
    }

    boolean isLiveImprovementPoint() {
        return !retracted && kind == FindingKind.IMPROVEMENT_POINT;
    }

    boolean isLiveOn(String code) {
        return !retracted && Objects.equals(standardCode, code);
    }

    @Override
    List<Object> state() {
        return Arrays.asList(findingId, audit, standardCode, kind, text, revision, retracted);
    }
}
