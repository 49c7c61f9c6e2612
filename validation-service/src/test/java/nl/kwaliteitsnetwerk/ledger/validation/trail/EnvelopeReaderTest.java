package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the trail reads as an integration event, and the reasons it gives, in its own words, for what it does not. */
class EnvelopeReaderTest {

    private static final String SECRET = "Vertrouwelijk";
    private final IntegrationEvent event = PublishedEvents.publishedAudit("audit-1", "29WT",
            Instant.parse("2027-01-01T09:00:00Z"), "2028-01-01").events().get(0);

    @Test
    void anEnvelopeOfTheKnownVersionIsRead() {
        assertThat(EnvelopeReader.read(IntegrationEventCodec.toJson(event))).isEqualTo(event);
    }

    @Test
    void anEventTypeTheTrailDoesNotKnowIsReadAllTheSame() {
        ObjectNode later = envelope().put("eventType", "audit.something-new");
        assertThat(EnvelopeReader.read(later.toString()).eventType()).isEqualTo("audit.something-new");
    }

    @Test
    void anEventFiledUnderWhatIsNoInstitutionCodeInItsNormalFormIsRefused() {
        assertThatThrownBy(() -> EnvelopeReader.read(envelope().put("institutionCode", "2 9WT").toString()))
                .isInstanceOf(UnreadableRecord.class).hasMessage("not an integration event: an institution code that is no code");
        assertThatThrownBy(() -> EnvelopeReader.read(envelope().put("institutionCode", "29wt").toString()))
                .hasMessage("not an integration event: an institution code not in its normal form");
        assertThatThrownBy(() -> EnvelopeReader.read(envelope().put("institutionCode", "").toString()))
                .isInstanceOf(UnreadableRecord.class);
    }

    @Test
    void textThatIsNotJsonIsRefusedWithWhereItBroke() {
        assertThatThrownBy(() -> EnvelopeReader.read("{\"text\":\"" + SECRET + "\" oops"))
                .isInstanceOf(UnreadableRecord.class)
                .hasMessageMatching("not JSON \\(JsonParseException at line 1, column \\d+\\)")
                .hasNoCause();
    }

    @Test
    void jsonOfAnotherShapeIsRefusedNamingWhatTheEnvelopeLacks() {
        assertThatThrownBy(() -> EnvelopeReader.read("[\"" + SECRET + "\"]")).hasMessage(
                "not an integration event: JSON array instead of an object");
        ObjectNode partial = envelope();
        partial.remove("eventId");
        partial.remove("payload");
        assertThatThrownBy(() -> EnvelopeReader.read(partial.toString())).hasMessage("not an integration event: no eventId, payload");
        assertThatThrownBy(() -> EnvelopeReader.read(envelope().put("envelopeVersion", 2).toString()))
                .hasMessage("not an integration event of envelope version 1");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheFieldNotTheValue() {
        assertThatThrownBy(() -> EnvelopeReader.read(envelope().put("sequenceNumber", SECRET).toString()))
                .isInstanceOf(UnreadableRecord.class)
                .hasMessage("not an integration event: an invalid value at sequenceNumber")
                .hasNoCause();
        assertThatThrownBy(() -> EnvelopeReader.read(envelope().put("sequenceNumber", -1).toString()))
                .hasMessageStartingWith("not an integration event: an invalid value")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aRecordWithoutAValueIsRefused() {
        assertThatThrownBy(() -> EnvelopeReader.read(null)).hasMessage("a record without a value");
    }

    private ObjectNode envelope() {
        return IntegrationEventCodec.mapper().valueToTree(event);
    }
}
