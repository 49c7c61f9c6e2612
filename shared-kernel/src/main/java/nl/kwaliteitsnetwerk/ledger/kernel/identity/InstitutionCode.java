package nl.kwaliteitsnetwerk.ledger.kernel.identity;

import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import nl.kwaliteitsnetwerk.ledger.kernel.text.WellFormedText;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form an institution code (e.g. 29WT) takes before any rule compares it: NFKC-normalised
 * (full-width ２９ＷＴ is 29WT), trimmed and upper case. What is left must be letters A-Z and digits:
 * a zero-width or control character, an inner space or a look-alike letter from another script would
 * otherwise make a second code for the same institution and slip past the independence rules.
 * A code already in this form is returned unchanged, so stored events read back as they were written.
 */
public final class InstitutionCode {

    private InstitutionCode() {
    }

    /**
     * The normal form of {@code code}; null stays null (no institution) and blank becomes empty, for the
     * rules that require a code to say so. Refuses, naming {@code field}, what cannot be a code.
     */
    public static String normalise(String code, String field) {
        if (code == null) {
            return null;
        }
        WellFormedText.require(field, code);
        String normal = Normalizer.normalize(code, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        normal.codePoints().filter(c -> !isLetterOrDigit(c)).findFirst().ifPresent(c -> {
            throw new InvalidText(field, describe(c) + "; an institution code has only letters A-Z and digits 0-9");
        });
        return normal;
    }

    private static boolean isLetterOrDigit(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String describe(int c) {
        String codePoint = String.format("U+%04X", c);
        return switch (Character.getType(c)) {
            case Character.FORMAT -> "the invisible (zero-width or format) character " + codePoint;
            case Character.CONTROL -> "the control character " + codePoint;
            case Character.SPACE_SEPARATOR -> "the space " + codePoint;
            default -> "the character " + codePoint;
        };
    }
}
