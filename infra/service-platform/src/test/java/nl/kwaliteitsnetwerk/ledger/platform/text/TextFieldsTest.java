package nl.kwaliteitsnetwerk.ledger.platform.text;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every text of a request body is found and named by its path; values that hold no text are passed by. */
class TextFieldsTest {

    enum Kind { DOCUMENT, INTERVIEW }

    record Evidence(Kind kind, String reference) {
    }

    record Member(String name, String affiliationInstitutionCode) {
    }

    record Body(String text, List<Evidence> evidence, Map<String, LocalDate> dueDates, Map<Kind, String> conclusions,
                String[] tags, List<Member> team, int count, LocalDate on) {
    }

    record Team(List<Team.Unit> teams) {
        record Unit(String name, InstitutionRef institution) {
        }
    }

    @Test
    void aCanonicalBodyPasses() {
        assertThatCode(() -> TextFields.requireCanonical(body("Bevinding\n\tmet tab", "team Zorg", "f-1", "Conclusie",
                "tag", "25LH"))).doesNotThrowAnyException();
    }

    @Test
    void eachTextIsNamedByItsPathInTheRequest() {
        assertThat(refusedField(body("x\ud800", "r", "f-1", "c", "t", null))).isEqualTo("text");
        assertThat(refusedField(body("x", "r\u0000", "f-1", "c", "t", null))).isEqualTo("evidence[1].reference");
        assertThat(refusedField(body("x", "r", "f-1\uFFFF", "c", "t", null))).as("a map's key").isEqualTo("dueDates");
        assertThat(refusedField(body("x", "r", "f-1", "c\u0085", "t", null))).isEqualTo("conclusions.INTERVIEW");
        assertThat(refusedField(body("x", "r", "f-1", "c", "\udc00", null))).isEqualTo("tags[0]");
        assertThat(refusedField(body("x", "r", "f-1", "c", "t", "25LH\u200b"))).as("an institution code")
                .isEqualTo("team[0].affiliationInstitutionCode");
    }

    @Test
    void aRefusalWhileReadingIsNamedByWhereTheValueSitsInTheBody() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        String json = "{\"teams\":[{\"name\":\"A\",\"institution\":{\"code\":\"29WT\",\"boardNumber\":1,\"name\":\"ROC\"}},"
                + "{\"name\":\"B\",\"institution\":{\"code\":\"29WT\\u200b\",\"boardNumber\":1,\"name\":\"ROC\"}}]}";
        assertThatThrownBy(() -> mapper.readValue(json, Team.class)).isInstanceOfSatisfying(JsonMappingException.class,
                failure -> assertThat(InvalidTextWhileReading.in(failure)).hasValueSatisfying(
                        invalid -> assertThat(invalid.field()).isEqualTo("teams[1].institution.code")));
    }

    private static Body body(String text, String reference, String dueKey, String conclusion, String tag, String code) {
        Map<String, LocalDate> dueDates = new LinkedHashMap<>();
        dueDates.put(dueKey, LocalDate.parse("2028-01-01"));
        Map<Kind, String> conclusions = new LinkedHashMap<>();
        conclusions.put(Kind.INTERVIEW, conclusion);
        return new Body(text, List.of(new Evidence(Kind.DOCUMENT, "Jaarplan"), new Evidence(Kind.INTERVIEW, reference)),
                dueDates, conclusions, new String[] {tag}, List.of(new Member("Lea", code)), 3, LocalDate.EPOCH);
    }

    private static String refusedField(Object body) {
        try {
            TextFields.requireCanonical(body);
        } catch (InvalidText refused) {
            return refused.field();
        }
        throw new AssertionError("not refused");
    }
}
