package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.CarryOverJudgement;
import nl.kwaliteitsnetwerk.ledger.audit.api.JudgementCarriedOver;
import nl.kwaliteitsnetwerk.ledger.audit.command.SourceJudgements.SourceJudgement;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkTranslation;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.ScaleValue;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/**
 * The rules of carrying a judgement over from an earlier audit: the source is a judgement of a finalised audit of
 * the same institution, the latest on its standard and sufficient on its framework's scale (the seed carries over
 * only what was already sufficient); and it lands on the same standard when the framework versions are the same,
 * else on a standard the translation between them gives it. What passes is the reference the event keeps.
 */
final class CarryOver {

    /** The source as the event refers to it, and the translation it was carried along (null: none needed). */
    record Checked(JudgementCarriedOver.Source source, JudgementCarriedOver.Translation translation) {
    }

    private CarryOver() {
    }

    static Checked check(CarryOverJudgement command, AuditContext audit, SourceJudgements sources,
                         FrameworkCatalog frameworks) {
        SourceJudgement source = sources.find(command.sourceAuditId(), command.sourceJudgementId())
                .filter(found -> audit.institutionCode().equals(found.institutionCode()))
                .filter(found -> !found.auditId().equals(audit.auditId()))
                .orElseThrow(() -> new RuleViolation(AuditRule.SOURCE_JUDGEMENT_UNKNOWN, "No judgement "
                        + command.sourceJudgementId() + " in an earlier audit " + command.sourceAuditId()
                        + " of this institution."));
        require(source.auditFinalised(), AuditRule.SOURCE_NOT_CARRIED_OVER, "Audit " + source.auditId()
                + " has no final report yet; only a judgement of a finalised audit is carried over.");
        require(source.latestOnItsStandard(), AuditRule.SOURCE_NOT_CARRIED_OVER, "Judgement " + source.judgementId()
                + " was revised in audit " + source.auditId() + "; only the latest on " + source.standardCode()
                + " is carried over.");
        AssessmentFramework sourceFramework = frameworks.find(source.framework()).orElseThrow(() ->
                new IllegalStateException("framework " + source.framework() + " of audit " + source.auditId()
                        + " is no longer known"));
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
            translation = new JudgementCarriedOver.Translation(table.authority(), table.decidedOn());
        }
        return new Checked(new JudgementCarriedOver.Source(source.auditId(), source.judgementId(), source.framework(),
                source.standardCode(), source.value()), translation);
    }
}
