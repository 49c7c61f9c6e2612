package nl.kwaliteitsnetwerk.ledger.kernel.text;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.ErrorCode;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;

/**
 * Text refused because it is not canonical (see {@link WellFormedText}), or an identifier refused by
 * its normalisation; names the field as a path into the request, e.g. {@code evidence[1].reference}.
 */
public class InvalidText extends RuleViolation {

    private final String field;
    private final String problem;

    public InvalidText(String field, String problem) {
        this(CommonErrors.INVALID_TEXT, field, problem);
    }

    protected InvalidText(ErrorCode code, String field, String problem) {
        super(code, field + " holds " + problem + ".");
        this.field = field;
        this.problem = problem;
    }

    static InvalidText at(String field, WellFormedText.Flaw flaw) {
        return new InvalidText(field, flaw.reason() + " at index " + flaw.index()
                + "; send well-formed Unicode without noncharacters or control characters other than tab and line feed");
    }

    public String field() {
        return field;
    }

    /** The same refusal, its field named from {@code parent}: what a record knew as {@code code} is {@code teams[0].institution.code}. */
    public InvalidText under(String parent) {
        return parent == null || parent.isEmpty() ? this : new InvalidText(errorCode(), parent + "." + field, problem);
    }
}
