package nl.kwaliteitsnetwerk.ledger.kernel.text;

import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;

/**
 * The longest text any field of the API takes: a finding, an observation or a report's reasoning
 * fits in it many times over, and so every event stays far below Kafka's message limit. Refused as
 * 400 {@code text-too-long} naming the field; documented as {@code maxLength} on every text in the
 * OpenAPI documents.
 */
public final class TextLimits {

    public static final int MAX_LENGTH = 20_000;

    private TextLimits() {
    }

    /** Answers {@code text} when it is no longer than {@link #MAX_LENGTH} characters (UTF-16 units). */
    public static String requireWithinLimit(String field, String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new TooLong(field, text.length());
        }
        return text;
    }

    /** Text longer than {@link #MAX_LENGTH}. */
    public static final class TooLong extends InvalidText {
        TooLong(String field, int length) {
            super(CommonErrors.TEXT_TOO_LONG, field, length + " characters, more than the " + MAX_LENGTH + " a text may have");
        }
    }
}
