package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A view's values made into a document without JSON text hold exactly what parsing the view's JSON gave. */
class BsonValuesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void valuesAreWhatParsingTheJsonGave() throws Exception {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("small", 5L);
        view.put("int", 7);
        view.put("big", 5_000_000_000L);
        view.put("negative", -3L);
        view.put("fraction", 1.5f);
        view.put("decimal", new BigDecimal("2.25"));
        view.put("text", "één");
        view.put("flag", true);
        view.put("nothing", null);
        view.put("nested", Map.of("count", 2L, "items", List.of(1L, 2.5, "x")));
        view.put("list", Arrays.asList(Map.of("a", 1L), null, List.of(3L)));

        Document converted = new Document();
        mapper.convertValue(view, Map.class).forEach((name, value) -> converted.put((String) name, BsonValues.of(value)));

        Document parsed = Document.parse(mapper.writeValueAsString(view));
        assertThat(converted.toJson()).isEqualTo(parsed.toJson());
        assertThat(converted).isEqualTo(parsed);
        assertThat(converted.get("small")).isInstanceOf(Integer.class);
        assertThat(converted.get("big")).isInstanceOf(Long.class);
        assertThat(converted.get("nested")).isInstanceOf(Document.class);
    }
}
