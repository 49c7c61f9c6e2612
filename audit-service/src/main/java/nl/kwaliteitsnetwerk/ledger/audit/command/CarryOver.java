package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.CarryOverJudgement;
import nl.kwaliteitsnetwerk.ledger.audit.api.JudgementCarriedOver;
import nl.kwaliteitsnetwerk.ledger.audit.command.SourceJudgements.SourceJudgement;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkTranslation;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.ScaleValue;

import java.time.LocalDate;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/**
 * The rules of carrying a judgement over from an earlier audit: the source is a judgement of a finalised audit of
 * the same institution that the one carrying it over may read in full, the latest on its standard and sufficient on
 * its framework's scale (the seed carries over only what was already sufficient), final on the day of the carry-over;
 * and it lands on the same standard when the framework versions are the same,
 * else on a standard the translation between them gives it. What passes is the reference the event keeps.
 */
final class CarryOver {

    /** The source as the event refers to it, and the translation it was carried along (null: none needed). */
    record Checked(JudgementCarriedOver.Source source, JudgementCarriedOver.Translation translation) {
    }

    private CarryOver() {
    }

    /**
     * {@code carriedOn}: the business day of the carry-over, on or after which nothing it rests on may lie: the
     * source's final report (as its date stands corrected) nor the translation it is carried along.
     */
    static Checked check(CarryOverJudgement command, AuditContext audit, SourceJudgements sources,
                         FrameworkCatalog frameworks, LocalDate carriedOn) {
        // one the actor may not read in full is answered as unknown, before any rule could tell its status or value
        SourceJudgement source = sources.find(command.sourceAuditId(), command.sourceJudgementId(), command.actor())
                .filter(found -> audit.institutionCode().equals(found.institutionCode()))
                .filter(found -> !found.auditId().equals(audit.auditId()))
                .orElseThrow(() -> new RuleViolation(AuditRule.SOURCE_JUDGEMENT_UNKNOWN, "No judgement "
                        + command.sourceJudgementId() + " in an earlier audit " + command.sourceAuditId()
                        + " of this institution."));
        require(source.auditFinalised(), AuditRule.SOURCE_NOT_CARRIED_OVER, "Audit " + source.auditId()
                + " has no final report yet; only a judgement of a finalised audit is carried over.");
        require(!source.finalisedOn().isAfter(carriedOn), AuditRule.SOURCE_NOT_CARRIED_OVER, "The report of audit "
                + source.auditId() + " was finalised on " + source.finalisedOn() + ", after " + carriedOn
                + "; a judgement is carried over only from a report final on that day.");
        require(source.latestOnItsStandard(), AuditRule.SOURCE_NOT_CARRIED_OVER, "Judgement " + source.judgementId()
                + " was revised in audit " + source.auditId() + "; only the latest on " + source.standardCode()
                + " is carried over.");
        // the scale that tells whether the value was sufficient is the source framework's; without it, no carry-over
        AssessmentFramework sourceFramework = frameworks.find(source.framework()).orElseThrow(() ->
                new RuleViolation(AuditRule.SOURCE_NOT_CARRIED_OVER, "Framework " + source.framework() + " of audit "
                        + source.auditId() + " is not in the catalogue; without its scale the judgement cannot be "
                        + "carried over."));
        boolean sufficient = sourceFramework.standardScale().stream()
                .filter(value -> value.code().equals(source.value())).anyMatch(ScaleValue::isSufficient);
        require(sufficient, AuditRule.SOURCE_NOT_CARRIED_OVER, "'" + source.value() + "' on " + source.standardCode()
                + " is not sufficient on the scale of " + source.framework()
                + "; only what was sufficient is carried over, the rest is judged anew.");
        JudgementCarriedOver.Translation translation = null;
        if (source.framework().equals(audit.frameworkRef())) {
            require(source.standardCode().equals(command.standardCode()), AuditRule.STANDARD_NOT_TRANSLATED,
                    "Under the same framework a judgement of " + source.standardCode() + " is carried over onto "
                            + source.standardCode() + ", not " + command.standardCode() + ".");
        } else {
            FrameworkTranslation table = frameworks.translation(source.framework(), audit.frameworkRef())
                    .orElse(null);
            List<String> targets = table == null ? List.of() : table.translate(source.standardCode());
            require(targets.contains(command.standardCode()), AuditRule.STANDARD_NOT_TRANSLATED,
                    table == null ? "No translation from " + source.framework() + " to " + audit.frameworkRef()
                            + " is known; its judgements cannot be carried over."
                            : source.standardCode() + " (" + source.framework() + ") translates to " + targets
                            + " of " + audit.frameworkRef() + ", not to " + command.standardCode() + ".");
            require(!table.decidedOn().isAfter(carriedOn), AuditRule.STANDARD_NOT_TRANSLATED, "The translation from "
                    + source.framework() + " to " + audit.frameworkRef() + " was decided on " + table.decidedOn()
                    + ", after " + carriedOn + "; a judgement is not carried along it before then.");
            translation = new JudgementCarriedOver.Translation(table.authority(), table.decidedOn());
        }
        return new Checked(new JudgementCarriedOver.Source(source.auditId(), source.judgementId(), source.framework(),
                source.standardCode(), source.value()), translation);
    }
}
