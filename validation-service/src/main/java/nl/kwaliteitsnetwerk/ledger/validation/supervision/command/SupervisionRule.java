package nl.kwaliteitsnetwerk.ledger.validation.supervision.command;

import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCategory;
import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;

import java.util.Locale;

/**
 * The rules of an institution's supervision calendar; a command that breaks one is refused with its code, which
 * is the constant's name in lower case with hyphens ({@code SIGNAL_MUST_TIGHTEN_TERM}:
 * {@code signal-must-tighten-term}), so code and constant cannot name different breaches.
 */
public enum SupervisionRule implements ErrorCode {
    ONLY_INSPECTORATE(ErrorCategory.NOT_PERMITTED),
    REQUIRED_FIELD(ErrorCategory.INVALID_INPUT),
    TERM_YEARS_OUT_OF_RANGE(ErrorCategory.INVALID_INPUT),
    SUPERVISION_TERM_RUNNING(ErrorCategory.CONFLICT),
    NO_RUNNING_SUPERVISION_TERM(ErrorCategory.CONFLICT),
    SIGNAL_IN_FUTURE(ErrorCategory.INVALID_INPUT),
    SIGNAL_OUTSIDE_TERM(ErrorCategory.CONFLICT),
    SIGNAL_MUST_TIGHTEN_TERM(ErrorCategory.CONFLICT),
    TIGHTENED_END_BEFORE_SIGNAL(ErrorCategory.CONFLICT);

    private final ErrorCategory category;

    SupervisionRule(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
