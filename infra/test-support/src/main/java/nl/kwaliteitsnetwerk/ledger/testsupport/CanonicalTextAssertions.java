package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the text rule promises at the API: refused as {@code invalid-text} naming the field, or kept exactly and verified. */
public final class CanonicalTextAssertions {

    /** Writes every character outside ASCII as {@code \\uXXXX}, one UTF-16 unit at a time, so a lone surrogate survives the trip. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private CanonicalTextAssertions() {
    }

    public static String escapedJson(JsonNode body) {
        try {
            return ESCAPING.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts {@code body} as JSON in ASCII: a Java string sent as UTF-8 would turn a lone surrogate into '?'. */
    public static ApiClient.Response postEscaped(ApiClient api, String user, String path, JsonNode body) {
        return api.postRaw(user, path, escapedJson(body));
    }

    public static void assertRefusedAsInvalidText(ApiClient.Response response, String field, String sample) {
        String what = HostileText.escaped(sample) + ": " + response.raw();
        assertThat(response.status()).as(what).isEqualTo(400);
        assertThat(response.isProblem()).as(what).isTrue();
        assertThat(response.text("code")).as(what).isEqualTo("invalid-text");
        assertThat(response.text("field")).as(what).isEqualTo(field);
        assertThat(response.text("detail")).as(what).contains(field);
    }

    /** The aggregate's own chain verifies: no commit altered, missing or forked. */
    public static void assertAggregateVerifies(ApiClient api, String aggregateId, String sample) {
        ApiClient.Response verification = api.get("admin", "/ledger/aggregates/" + aggregateId + "/verification");
        JsonNode outcome = verification.body();
        String what = HostileText.escaped(sample) + ": " + verification.raw();
        assertThat(verification.status()).as(what).isEqualTo(200);
        assertThat(outcome.path("intact").asBoolean()).as(what).isTrue();
    }
}
