package nl.kwaliteitsnetwerk.ledger.platform.text;

import com.fasterxml.jackson.databind.JsonMappingException;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;

import java.util.Optional;

/**
 * A value type that normalises as it is built (an institution code) refuses while Jackson reads the
 * body, so the refusal arrives wrapped, and knows its field only within that value (its {@code code});
 * Jackson's path says where the value sits in the body ({@code teams[0].institution}).
 */
public final class InvalidTextWhileReading {

    private InvalidTextWhileReading() {
    }

    public static Optional<InvalidText> in(Throwable failure) {
        String where = "";
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping && where.isEmpty()) {
                where = JsonFieldPath.of(mapping);
            }
            if (cause instanceof InvalidText invalid) {
                return Optional.of(invalid.under(where));
            }
        }
        return Optional.empty();
    }
}
