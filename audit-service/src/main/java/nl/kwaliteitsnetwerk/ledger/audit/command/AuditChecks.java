package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;

import java.time.Clock;
import java.time.LocalDate;

import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/** The small input rules the audit and its parts share, each refused with its own {@link AuditRule}. */
final class AuditChecks {

    private AuditChecks() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static void requireText(String text, String message) {
        require(!isBlank(text), AuditRule.REQUIRED_TEXT, message);
    }

    static void requireReason(String reason, String message) {
        require(!isBlank(reason), AuditRule.REASON_REQUIRED, message);
    }

    static void requireStandard(AssessmentFramework framework, FrameworkRef ref, String standardCode) {
        require(framework.hasStandard(standardCode), AuditRule.STANDARD_IN_FRAMEWORK,
                "Standard '" + standardCode + "' is not in " + ref + "; it has " + framework.standardCodes() + ".");
    }

    /** A due date lies after today, in the zone of the audit's clock. */
    static boolean afterToday(LocalDate date, Clock clock) {
        return date != null && date.isAfter(LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }

}
