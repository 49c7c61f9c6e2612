package nl.kwaliteitsnetwerk.ledger.validation.trail;

import java.util.function.UnaryOperator;

/**
 * Names the institutions of the reports the trail shows, by the institution register's name for each code
 * (the code itself where the register has none). Applied where a report is shown, never where it is folded: the
 * trail stores what the producers published, and a rebuilt trail is identical whatever register is shipped.
 */
public final class NamedReports {

    private final UnaryOperator<String> displayName;

    public NamedReports(UnaryOperator<String> displayName) {
        this.displayName = displayName;
    }

    /**
     * {@code report} with the names of its institutions and a title naming the institution: an audit's title was
     * its kind ("INSTITUTIONAL"), which tells a reader of the trail nothing; it is the audited institution's name,
     * with the theme of a theme audit.
     */
    public ReportState named(ReportState report) {
        report.institutionNames = report.institutions().stream().map(displayName).toList();
        if (report.reportType == ReportType.AUDIT && report.auditKind != null && report.institutionCode != null) {
            String name = displayName.apply(report.institutionCode);
            report.title = report.theme == null || report.theme.isBlank() ? name : name + ": " + report.theme;
        }
        return report;
    }
}
