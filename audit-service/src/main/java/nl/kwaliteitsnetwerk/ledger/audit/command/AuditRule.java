package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCategory;
import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;

/** The rules of the audit lifecycle; a command that breaks one is refused with its code. */
public enum AuditRule implements ErrorCode {
    UNKNOWN_FRAMEWORK("unknown-framework", ErrorCategory.INVALID_INPUT),
    THEME_MATCHES_KIND("theme-matches-kind", ErrorCategory.INVALID_INPUT),
    REQUIRED_TEXT("required-text", ErrorCategory.INVALID_INPUT),
    TEAM_WELL_FORMED("team-well-formed", ErrorCategory.INVALID_INPUT),
    AUDITOR_INDEPENDENT("auditor-not-independent", ErrorCategory.CONFLICT),
    WRONG_PHASE("not-allowed-in-this-phase", ErrorCategory.CONFLICT),
    ONLY_LEAD_AUDITOR("only-lead-auditor", ErrorCategory.NOT_PERMITTED),
    ONLY_AUDIT_TEAM("only-audit-team", ErrorCategory.NOT_PERMITTED),
    ONLY_INSTITUTION_OR_COUNCIL("only-institution-or-quality-council", ErrorCategory.NOT_PERMITTED),
    ONLY_AUDITED_INSTITUTION("only-audited-institution", ErrorCategory.NOT_PERMITTED),
    STANDARD_IN_FRAMEWORK("standard-not-in-framework", ErrorCategory.INVALID_INPUT),
    VALUE_ON_SCALE("judgement-not-on-scale", ErrorCategory.INVALID_INPUT),
    EVIDENCE_REQUIRED("evidence-required", ErrorCategory.INVALID_INPUT),
    REASON_REQUIRED("reason-required", ErrorCategory.INVALID_INPUT),
    UNIQUE_ID("id-already-used", ErrorCategory.CONFLICT),
    UNKNOWN_FINDING("unknown-finding", ErrorCategory.NOT_FOUND),
    FINDING_RETRACTED("finding-retracted", ErrorCategory.CONFLICT),
    JUDGEMENT_NEEDS_FINDING("judgement-needs-finding", ErrorCategory.CONFLICT),
    JUDGEMENT_STAYS_SUBSTANTIATED("judgement-would-lose-its-findings", ErrorCategory.CONFLICT),
    ALL_STANDARDS_JUDGED("not-all-standards-judged", ErrorCategory.CONFLICT),
    OVERALL_JUDGEMENT_RECORDED("overall-judgement-missing", ErrorCategory.CONFLICT),
    DEADLINE_IN_FUTURE("deadline-not-in-future", ErrorCategory.INVALID_INPUT),
    COMMENT_PERIOD_OPEN("comment-period-closed", ErrorCategory.CONFLICT),
    UNKNOWN_COMMENT("unknown-comment", ErrorCategory.NOT_FOUND),
    COMMENT_DISPOSED_ONCE("comment-already-disposed", ErrorCategory.CONFLICT),
    COMMENTS_ANSWERED("comments-not-all-disposed", ErrorCategory.CONFLICT),
    COMMENT_PERIOD_OVER("comment-period-still-open", ErrorCategory.CONFLICT),
    FOLLOW_UP_PLAN_COMPLETE("follow-up-plan-incomplete", ErrorCategory.INVALID_INPUT),
    DUE_DATE_IN_FUTURE("due-date-not-in-future", ErrorCategory.INVALID_INPUT),
    UNKNOWN_FOLLOW_UP("unknown-follow-up", ErrorCategory.NOT_FOUND),
    FOLLOW_UP_STATE("follow-up-not-in-this-state", ErrorCategory.CONFLICT),
    // business time: when a step happened, beside when it was recorded
    BUSINESS_DATE_NOT_IN_FUTURE("business-date-in-future", ErrorCategory.INVALID_INPUT),
    BUSINESS_DATE_IN_ORDER("business-date-out-of-order", ErrorCategory.CONFLICT),
    STEP_NOT_TAKEN("step-not-taken", ErrorCategory.CONFLICT),
    TERM_KEEPS_FINALISATION_DATE("finalisation-date-starts-a-term", ErrorCategory.CONFLICT),
    // the inspectorate's investigations and the judgements an audit carries over from an earlier one
    SUPERVISION_TERM("supervision-term-not-applicable", ErrorCategory.INVALID_INPUT),
    SOURCE_JUDGEMENT_UNKNOWN("unknown-source-judgement", ErrorCategory.NOT_FOUND),
    SOURCE_NOT_CARRIED_OVER("source-judgement-cannot-be-carried-over", ErrorCategory.CONFLICT),
    STANDARD_NOT_TRANSLATED("standard-not-translated", ErrorCategory.CONFLICT),
    // approvals bound to content: each cites the digest of the report version it approves
    STALE_CONTENT("stale-content", ErrorCategory.CONFLICT),
    BOARD_REACTED_ONCE("board-reaction-already-recorded", ErrorCategory.CONFLICT);

    private final String code;
    private final ErrorCategory category;

    AuditRule(String code, ErrorCategory category) {
        this.code = code;
        this.category = category;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
