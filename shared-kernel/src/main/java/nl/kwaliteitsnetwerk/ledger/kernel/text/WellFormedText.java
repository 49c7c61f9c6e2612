package nl.kwaliteitsnetwerk.ledger.kernel.text;

import java.util.Optional;

/**
 * The rule every text the ledger takes in must keep, so that what is hashed is exactly what is stored
 * and read back: well-formed UTF-16 (a lone surrogate has no UTF-8 form, so a store writes U+FFFD
 * where the hash saw the surrogate), no Unicode noncharacter (U+FDD0..U+FDEF and every U+xxFFFE and
 * U+xxFFFF), and no control character (C0, DEL, C1) except tab and line feed.
 */
public final class WellFormedText {

    /** Where a text first breaks the rule, as an index in UTF-16 units, and how; names a code point, never the text. */
    public record Flaw(int index, String reason) {
    }

    private WellFormedText() {
    }

    public static boolean isWellFormed(String text) {
        return firstFlaw(text).isEmpty();
    }

    public static Optional<Flaw> firstFlaw(String text) {
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                return Optional.of(new Flaw(i, "a lone surrogate " + name(codePoint) + " (not well-formed Unicode)"));
            }
            if (isNoncharacter(codePoint)) {
                return Optional.of(new Flaw(i, "the noncharacter " + name(codePoint)));
            }
            if (isRefusedControl(codePoint)) {
                return Optional.of(new Flaw(i, "the control character " + name(codePoint)));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** {@code text} itself if it keeps the rule (or is null); otherwise refused, naming {@code field}. */
    public static String require(String field, String text) {
        if (text != null) {
            firstFlaw(text).ifPresent(flaw -> {
                throw InvalidText.at(field, flaw);
            });
        }
        return text;
    }

    static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** Tab and line feed belong to multi-line text; every other control character (carriage return too) is refused. */
    static boolean isRefusedControl(int codePoint) {
        return (codePoint < 0x20 && codePoint != '\t' && codePoint != '\n') || (codePoint >= 0x7F && codePoint <= 0x9F);
    }

    static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
