package nl.kwaliteitsnetwerk.ledger.validation.trail;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as the public (the inspectorate among them) reads it in the trail: what it is, whose, under which
 * framework, and the dates of its process once it is published, as dates: when the visit started, the concept
 * was issued, the report was finalised and published (business dates, no times of day, no one named). The rule
 * is PublicDisclosure's: the process dates of a published report are public. Before publication none of them is
 * shown; nothing else of the process (when it was last changed, its sequence, gaps, drafts, digests) ever is.
 */
public record PublicReport(String reportId, ReportType reportType, String institutionCode, List<String> institutionCodes,
                           List<String> institutionNames, String title, FrameworkRef framework, LocalDate visitStartedOn, LocalDate conceptIssuedOn,
                           LocalDate finalisedOn, LocalDate publishedOn) {

    public static PublicReport of(ReportState report) {
        boolean published = report.isPublished();
        return new PublicReport(report.reportId, report.reportType, report.institutionCode, report.institutions(),
                report.institutionNames, report.title, report.framework, published ? report.visitStartedOn : null,
                published ? report.conceptIssuedOn : null, published ? report.finalisedOn : null,
                published ? report.publishedOn : null);
    }
}
