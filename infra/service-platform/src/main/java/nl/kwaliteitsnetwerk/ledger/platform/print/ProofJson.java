package nl.kwaliteitsnetwerk.ledger.platform.print;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.UncheckedIOException;

/**
 * A {@link CommitProof} as JSON: instants as ISO-8601 text exactly as {@code Instant.toString} writes them (the
 * signed bytes hold that text), absent parts left out. {@link #forPage} also escapes {@code <}, {@code >} and
 * {@code &} as JSON unicode escapes, so that the document can stand in a {@code <script type="application/json">}
 * block without ending it, and still reads as the same JSON.
 */
public final class ProofJson {

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private ProofJson() {
    }

    public static String write(CommitProof proof) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(proof);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the ledger proof of position " + proof.position(), e);
        }
    }

    /** The JSON for a page's data block: the characters that could end or confuse it escaped, meaning unchanged. */
    public static String forPage(CommitProof proof) {
        return write(proof).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
