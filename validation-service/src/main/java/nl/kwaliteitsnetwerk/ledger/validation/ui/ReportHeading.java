package nl.kwaliteitsnetwerk.ledger.validation.ui;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.validation.trail.PublicReport;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportState;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportType;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as a page heads it, from what the trail's API showed the reader: all of it ({@link ReportState}) or its
 * public part ({@link PublicReport}); what the public part leaves out stays null here. {@code complete}: whether
 * the trail holds every event of the report up to its last one (no gaps in its sequence), known only in full.
 */
record ReportHeading(String reportId, ReportType reportType, String title, List<String> institutionCodes,
                     FrameworkRef framework, LocalDate visitStartedOn, LocalDate conceptIssuedOn, LocalDate finalisedOn,
                     LocalDate publishedOn, boolean full, Long lastSequence, Boolean complete, String reportDigest,
                     Integer versions) {

    static ReportHeading of(Object shown) {
        if (shown instanceof ReportState r) {
            return new ReportHeading(r.reportId, r.reportType, r.title, r.institutions(), r.framework, r.visitStartedOn,
                    r.conceptIssuedOn, r.finalisedOn, r.publishedOn, true, r.lastSequence, r.gaps == 0, r.reportDigest,
                    r.versions.size());
        }
        PublicReport p = (PublicReport) shown;
        return new ReportHeading(p.reportId(), p.reportType(), p.title(), p.institutionCodes(), p.framework(),
                p.visitStartedOn(), p.conceptIssuedOn(), p.finalisedOn(), p.publishedOn(), false, null, null, null, null);
    }

    /** Whether the report is an audit, whose own pages the audit service serves. */
    public boolean audit() {
        return reportType == ReportType.AUDIT;
    }
}
