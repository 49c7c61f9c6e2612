package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditScheduled;
import nl.kwaliteitsnetwerk.ledger.audit.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.audit.api.ConceptReportIssued;
import nl.kwaliteitsnetwerk.ledger.audit.api.ErratumIssued;
import nl.kwaliteitsnetwerk.ledger.audit.api.RecordBoardReaction;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportDigest;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportFinalised;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditChecks.isBlank;
import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditChecks.requireText;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/**
 * The versions of an audit's report, each known by its content digest ({@link ReportDigest}), and the approvals
 * that cite one: the finalisation cites the concept revision it finalises, the board's reaction the version it
 * reacts to. An approval that cites another digest than the one it approves now was given on content that has
 * changed since: refused as stale content, as a stale version is.
 * <p>
 * Every version's digest is recomputed from what its event stores when the audit is loaded, and compared with the
 * digest stored beside it: one that differs is a break in the ledger, so the audit is neither served nor changed
 * (503 {@code ledger-integrity}, {@link #requireIntact}), as with any other break. An event stored before digests existed has none: its
 * digest is computed here, from the same fields, so that it can be approved and superseded like any other.
 */
final class ReportVersions extends AuditPart {

    private AuditContext context;
    /** The concept revision as last issued: what the finalisation approves. */
    private String conceptDigest;
    private int conceptRevision;
    /** The version in force: the last concept revision, the final report, or the final report as last corrected. */
    private String currentDigest;
    /** The business day of the version in force once the report is final: a reaction is not dated before it. */
    private LocalDate versionDay;
    /** The versions the board has reacted to. */
    private final Set<String> reactedTo = new HashSet<>();
    /** What did not verify, if anything: kept, not thrown, as Axon would wrap an exception from a sourcing handler. */
    private String integrityBreak;

    /**
     * Refuses every command on an audit whose report digests do not verify: it is neither changed nor served (503
     * {@code ledger-integrity}), as with any other break in the ledger. The refusal names no audit.
     */
    void requireIntact() {
        if (integrityBreak != null) {
            throw new RuleViolation(CommonErrors.LEDGER_INTEGRITY, integrityBreak
                    + ", so the audit is neither served nor changed.");
        }
    }

    /** Refuses, as stale content, a finalisation that does not cite the digest of the concept it finalises. */
    void requireFinalisationCitesTheConcept(String approvedDigest) {
        requireCites(approvedDigest, conceptDigest, "the concept report (revision " + conceptRevision + ")");
    }

    /** The digest of the version in force, which the next erratum supersedes. */
    String current() {
        return currentDigest;
    }

    @CommandHandler
    long handle(RecordBoardReaction command, Clock clock) {
        requireText(command.reaction(), "The board's reaction needs its text.");
        requireCites(command.approvedDigest(), currentDigest, "the final report as it stands");
        require(!reactedTo.contains(currentDigest), AuditRule.BOARD_REACTED_ONCE,
                "The board has reacted to this version of the report; after an erratum it may react to the new one.");
        LocalDate day = BusinessDates.dayOf(command.occurredOn(), clock);
        require(versionDay == null || !day.isBefore(versionDay), AuditRule.BUSINESS_DATE_IN_ORDER,
                "The board cannot have reacted on " + day + ", before the version it reacts to (" + versionDay + ").");
        return context.record(new BoardReactionRecorded(context.auditId(), command.reaction(), currentDigest,
                command.actor(), clock.instant(), day));
    }

    private static void requireCites(String cited, String approved, String what) {
        require(!isBlank(cited), AuditRule.REQUIRED_TEXT,
                "An approval cites the content digest of what it approves (approvedDigest): " + what + ".");
        require(cited.equals(approved), AuditRule.STALE_CONTENT, "The digest " + cited + " is not that of " + what
                + ", which is " + approved + ": the content changed since you read it. Read it again.");
    }

    @EventSourcingHandler
    void on(AuditScheduled event) {
        context = AuditContext.of(event);
    }

    @EventSourcingHandler
    void on(ConceptReportIssued event) {
        conceptRevision = event.revision();
        conceptDigest = verified(event.reportDigest(), ReportDigest.of(event), "concept revision " + event.revision());
        currentDigest = conceptDigest;
    }

    @EventSourcingHandler
    void on(ReportFinalised event) {
        currentDigest = verified(event.reportDigest(), ReportDigest.of(event), "final report");
        versionDay = event.occurredOn();
    }

    @EventSourcingHandler
    void on(ErratumIssued event) {
        String supersedes = verified(event.supersedesDigest(), currentDigest, "version that erratum "
                + event.erratumId() + " supersedes");
        currentDigest = verified(event.reportDigest(), ReportDigest.of(event, supersedes), "erratum " + event.erratumId());
        versionDay = event.occurredOn();
    }

    @EventSourcingHandler
    void on(BoardReactionRecorded event) {
        reactedTo.add(event.approvedDigest());
    }

    /** The digest as recomputed; one stored that differs is the break (none stored: an event from before digests). */
    private String verified(String stored, String computed, String what) {
        if (stored != null && !stored.equals(computed) && integrityBreak == null) {
            integrityBreak = "report-digest-mismatch: the stored digest of the " + what
                    + " is not the digest of its content";
        }
        return computed;
    }

    @Override
    List<Object> state() {
        return Arrays.asList(context, conceptDigest, conceptRevision, currentDigest, versionDay, reactedTo,
                integrityBreak);
    }
}
