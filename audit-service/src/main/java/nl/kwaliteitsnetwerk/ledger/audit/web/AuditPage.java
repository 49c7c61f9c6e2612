package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditView;
import nl.kwaliteitsnetwerk.ledger.audit.query.BusinessTimeView;
import nl.kwaliteitsnetwerk.ledger.audit.query.ReportVersionsView;
import nl.kwaliteitsnetwerk.ledger.audit.web.AuditResponses.PublicAudit;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.platform.print.CommitProof;
import nl.kwaliteitsnetwerk.ledger.platform.print.CommitProof.Proven;
import nl.kwaliteitsnetwerk.ledger.platform.print.CommitProofs;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What one reader sees of one audit on its page and in its exports: exactly the body the API's
 * {@code GET /audits/{id}} gives that reader ({@code shown}: the whole {@link AuditView}, its planning data or its
 * public part), never a second rule. {@code current} is the audit as it stands, for its version and the ledger
 * positions of its steps; it is not handed to a template, which sees only {@code shown}.
 */
record AuditPage(Object shown, AuditView current, String institutionName) {

    /** The shapes a template tells apart, named after the API's three answers. */
    static final String FULL = "full";
    static final String SUMMARY = "summary";
    static final String PUBLIC = "public";

    /**
     * Reads the audit for a page or an export through the API's own handler, naming its institution as the register
     * does; also the API's lists and trail.
     */
    @Component
    record Reader(AuditQueryController api, VisibleAudits audits, InstitutionRegister register) {

        AuditPage read(Caller caller, String auditId, Instant asOf, LocalDate effectiveOn) {
            Object shown = api.get(auditId, asOf, effectiveOn, caller).getBody();
            AuditView current = audits.one(caller, auditId);
            return new AuditPage(shown, current, register.displayName(current.institution.code()));
        }
    }

    String shape() {
        return shown instanceof AuditView ? FULL : shown instanceof PublicAudit ? PUBLIC : SUMMARY;
    }

    /** The audited institution, which every shape of the audit names alike. */
    InstitutionRef institution() {
        return current.institution;
    }

    /** What a proof says it is of: the audited institution by name and code. */
    String title() {
        return institutionName + " (" + current.institution.code() + ")";
    }

    /**
     * The ledger's proof of the publication's commit, with the public feed's entry of it, for the public part's
     * panel and its PDF; empty before the summary is published.
     */
    Optional<CommitProof> publicationProof(CommitProofs proofs) {
        return lastStep(AuditStatus.PUBLISHED).flatMap(sequence -> proofs.withPublicEntry(current.auditId, sequence))
                .map(proof -> proof.about(new Proven("audit-public-summary", current.auditId, title(), null)));
    }

    /**
     * The ledger's proof of the finalisation's commit, said to be of the final report with its content digest (the
     * version {@code final} of the report); empty before the report is final.
     */
    Optional<CommitProof> finalReportProof(CommitProofs proofs) {
        String digest = current.reportVersions.versions.stream().filter(v -> v.version().equals("final"))
                .reduce((first, second) -> second).map(ReportVersionsView.Version::reportDigest).orElse(null);
        return lastStep(AuditStatus.FINALISED).flatMap(sequence -> proofs.forEvent(current.auditId, sequence))
                .map(proof -> proof.about(new Proven("audit-final-report", current.auditId, title(), digest)));
    }

    /** The event that last led the audit into {@code step}, by its sequence number. */
    private Optional<Long> lastStep(AuditStatus step) {
        return current.businessTime.steps.stream().filter(s -> s.step() == step).reduce((first, second) -> second)
                .map(BusinessTimeView.Step::sequence);
    }

    /** The whole audit, for what only a reader of all of it may have (its findings, its trail); 403 for anyone else. */
    AuditView whole(String what) {
        if (shown instanceof AuditView view) {
            return view;
        }
        throw new RuleViolation(CommonErrors.FORBIDDEN, "Your role does not allow reading " + what + ".");
    }
}
