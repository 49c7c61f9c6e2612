package nl.kwaliteitsnetwerk.ledger.audit.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.audit.api.ConceptReportIssued;
import nl.kwaliteitsnetwerk.ledger.audit.api.ErratumIssued;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportDigest;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportFinalised;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The section of an audit's view on the versions of its report and the approvals that cite them: each version with
 * its content digest ({@link ReportDigest}), the digest in force, and each approval with the digest it approved and
 * whether it still stands. An approval is <em>stale</em> once a version of the report is made after it (an
 * erratum): it approved content that is no longer the report's. The finalisation approves the concept it
 * finalises and the board's reaction the version in force; both go stale on the next erratum, which is named.
 * <p>
 * Each digest is recomputed from what its event stores and compared with the one stored beside it; one that
 * differs is a break ({@code integrityBreak}), and the web side serves nothing of such an audit. The fold itself
 * goes on, so that the projection never stops at a break. An event stored before digests has none: its digest is
 * computed here, as the audit computes it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class ReportVersionsView {

    public static final String FINALISATION = "final-report";
    public static final String BOARD_REACTION = "board-reaction";

    /** The digest of the version in force: the last concept, the final report, or the final report as corrected. */
    public String currentDigest;
    public List<Version> versions = new ArrayList<>();
    public List<Approval> approvals = new ArrayList<>();
    /** Set when a stored digest is not that of its content; such an audit is not served. */
    public String integrityBreak;

    /** One version: {@code concept-<n>}, {@code final}, or {@code erratum-<id>}, and the version it supersedes. */
    public record Version(String version, String reportDigest, String supersedesDigest, Actor createdBy,
                          Instant createdAt) {
    }

    /**
     * One approval: what it approved ({@link #FINALISATION} or {@link #BOARD_REACTION}, with the board's text), who,
     * on which business day and when it was recorded, the digest it cites, and the version that made it stale.
     */
    public record Approval(String what, String text, Actor approvedBy, LocalDate approvedOn, Instant approvedAt,
                           String approvedDigest, boolean stale, StaleBy madeStaleBy) {

        Approval madeStaleBy(StaleBy version) {
            return stale ? this
                    : new Approval(what, text, approvedBy, approvedOn, approvedAt, approvedDigest, true, version);
        }
    }

    /** The version that made an approval stale: its label, the erratum that made it (if one did), its digest. */
    public record StaleBy(String version, String erratumId, String reportDigest) {
    }

    void fold(AuditEvent event) {
        if (event instanceof ConceptReportIssued e) {
            String digest = verified(e.reportDigest(), ReportDigest.of(e), "concept revision " + e.revision());
            add(new Version("concept-" + e.revision(), digest, currentDigest, e.actor(), e.occurredAt()), null);
        } else if (event instanceof ReportFinalised e) {
            String digest = verified(e.reportDigest(), ReportDigest.of(e), "final report");
            String approved = e.approvedDigest() != null ? e.approvedDigest() : currentDigest;
            add(new Version("final", digest, currentDigest, e.actor(), e.occurredAt()), null);
            approvals.add(new Approval(FINALISATION, null, e.actor(), e.occurredOn(), e.occurredAt(), approved, false,
                    null));
        } else if (event instanceof ErratumIssued e) {
            // a view folded before digests were kept knows no version to compare with: it takes the stored one
            String supersedes = currentDigest == null ? e.supersedesDigest()
                    : verified(e.supersedesDigest(), currentDigest, "version erratum " + e.erratumId() + " supersedes");
            String digest = supersedes == null ? e.reportDigest()
                    : verified(e.reportDigest(), ReportDigest.of(e, supersedes), "erratum " + e.erratumId());
            String label = "erratum-" + e.erratumId();
            add(new Version(label, digest, supersedes, e.actor(), e.occurredAt()),
                    new StaleBy(label, e.erratumId(), digest));
        } else if (event instanceof BoardReactionRecorded e) {
            approvals.add(new Approval(BOARD_REACTION, e.reaction(), e.actor(), e.occurredOn(), e.occurredAt(),
                    e.approvedDigest(), false, null));
        }
    }

    /** A new version is in force; every approval given before it is stale, by {@code staleBy} when it says so. */
    private void add(Version version, StaleBy staleBy) {
        versions.add(version);
        currentDigest = version.reportDigest();
        StaleBy by = staleBy != null ? staleBy : new StaleBy(version.version(), null, version.reportDigest());
        approvals.replaceAll(approval -> approval.madeStaleBy(by));
    }

    private String verified(String stored, String computed, String what) {
        if (stored != null && !stored.equals(computed) && integrityBreak == null) {
            integrityBreak = "report-digest-mismatch: the stored digest of the " + what
                    + " is not the digest of its content";
        }
        return computed;
    }
}
