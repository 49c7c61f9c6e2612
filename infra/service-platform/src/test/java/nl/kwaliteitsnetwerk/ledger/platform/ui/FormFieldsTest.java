package nl.kwaliteitsnetwerk.ledger.platform.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A form's fields become the JSON body an API client would send, and nothing else. */
class FormFieldsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void namesMakeNestedObjectsListsOfObjectsAndListsOfStrings() {
        Map<String, String[]> form = new LinkedHashMap<>();
        form.put("_csrf", new String[]{"token"});
        form.put("version", new String[]{"7"});
        form.put("leadAuditor.userId", new String[]{"lead"});
        form.put("evidence[1].reference", new String[]{"verslag"});
        form.put("evidence[0].reference", new String[]{""});
        form.put("standards[]", new String[]{"KS1"});
        form.put("members", new String[]{"a", "", "b"});
        form.put("theme", new String[]{""});
        assertThat(FormFields.toJson(form, mapper).toString()).isEqualTo(
                "{\"leadAuditor\":{\"userId\":\"lead\"},\"evidence\":[{\"reference\":\"verslag\"}],"
                        + "\"standards\":[\"KS1\"],\"members\":[\"a\",\"b\"]}");
    }

    @Test
    void aTextAreasLineBreaksAreSentAsAnApiClientSendsThem() {
        assertThat(FormFields.toJson(Map.of("text", new String[]{"regel een\r\nregel twee\rdrie"}), mapper)
                .get("text").asText()).isEqualTo("regel een\nregel twee\ndrie");
    }

    @Test
    void aNameNoRequestCouldHaveOrAListLongerThanAnyRequestTakesIsRefused() {
        assertThatThrownBy(() -> FormFields.toJson(Map.of("a..b", new String[]{"x"}), mapper))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormFields.toJson(Map.of("$where", new String[]{"x"}), mapper))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormFields.toJson(Map.of("a.b.c.d.e.f.g.h.i", new String[]{"x"}), mapper))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormFields.toJson(Map.of("evidence[200].reference", new String[]{"x"}), mapper))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(FormFields.toJson(Map.of("evidence[199].reference", new String[]{"x"}), mapper).get("evidence").size())
                .isEqualTo(1);
    }
}
