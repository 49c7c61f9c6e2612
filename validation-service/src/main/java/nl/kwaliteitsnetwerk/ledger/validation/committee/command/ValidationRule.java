package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCategory;
import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;

/** The rules of the validation committee and its reviews; a command that breaks one is refused with its code. */
public enum ValidationRule implements ErrorCode {
    REQUIRED_TEXT("required-text", ErrorCategory.INVALID_INPUT),
    COMPOSITION("committee-composition", ErrorCategory.INVALID_INPUT),
    UNKNOWN_MEMBER("unknown-member", ErrorCategory.NOT_FOUND),
    DATES_IN_ORDER("membership-dates-out-of-order", ErrorCategory.INVALID_INPUT),
    REASON_REQUIRED("reason-required", ErrorCategory.INVALID_INPUT),
    ONLY_CHAIR("only-chair", ErrorCategory.NOT_PERMITTED),
    ONLY_MEMBER("only-committee-member", ErrorCategory.NOT_PERMITTED),
    ONLY_BOARD("only-network-board", ErrorCategory.NOT_PERMITTED),
    REPORTS_REQUIRED("reports-required", ErrorCategory.INVALID_INPUT),
    REPORT_FINAL("report-not-final", ErrorCategory.CONFLICT),
    REPORT_VALIDATED_KIND("report-not-validated", ErrorCategory.INVALID_INPUT),
    UNKNOWN_QUESTION_SET("unknown-question-set", ErrorCategory.INVALID_INPUT),
    UNKNOWN_REPORT("report-not-under-review", ErrorCategory.NOT_FOUND),
    UNKNOWN_QUESTION("unknown-question", ErrorCategory.NOT_FOUND),
    MEMBER_INDEPENDENT("member-not-independent", ErrorCategory.CONFLICT),
    WRONG_PHASE("not-allowed-in-this-phase", ErrorCategory.CONFLICT),
    ALL_QUESTIONS_ANSWERED("questions-unanswered", ErrorCategory.CONFLICT),
    APPROVED_DIGEST_REQUIRED("approved-digest-required", ErrorCategory.INVALID_INPUT),
    STALE_CONTENT("stale-content", ErrorCategory.CONFLICT);

    private final String code;
    private final ErrorCategory category;

    ValidationRule(String code, ErrorCategory category) {
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
