package nl.kwaliteitsnetwerk.ledger.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The rule of {@link SingleLine}, code point by code point. */
public class SingleLineValidator implements ConstraintValidator<SingleLine, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.codePoints().noneMatch(SingleLineValidator::refused);
    }

    static boolean refused(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint == 0x2028 || codePoint == 0x2029
                || isDirectional(codePoint);
    }

    /** ALM, LRM, RLM, the embeddings and overrides, and the isolates. */
    private static boolean isDirectional(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069;
    }
}
