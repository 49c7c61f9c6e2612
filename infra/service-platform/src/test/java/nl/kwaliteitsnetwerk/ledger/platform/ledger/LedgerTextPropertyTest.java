package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.kwaliteitsnetwerk.ledger.kernel.text.WellFormedText;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import nl.kwaliteitsnetwerk.ledger.testsupport.HostileText;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever text reaches the ledger, through the real driver and BSON: it is either refused before
 * anything is stored (text that is not well-formed UTF-16), or stored, read back identical and
 * verified intact. Every text the API lets through (the text rule) is of the second kind.
 */
class LedgerTextPropertyTest {

    private static final MongoClient CLIENT = MongoClients.create(SharedTestStack.get().mongo().uri("ledger-text"));
    private static final MongoDatabase DATABASE = CLIENT.getDatabase("ledger-text-" + UUID.randomUUID());
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final LedgerStorageEngine ENGINE = engine();

    public record Noted(String text) {
    }

    @Property(tries = 200, seed = "20261130")
    void textIsRefusedBeforeItIsStoredOrReadBackIdenticalAndIntact(@ForAll("hostile") String text) {
        String aggregate = UUID.randomUUID().toString();
        DomainEventMessage<Noted> event = new GenericDomainEventMessage<>("Note", aggregate, 0, new Noted(text),
                MetaData.with("note", text));
        Statistics.collect(wellFormedUtf16(text) ? "stored" : "refused");
        Statistics.coverage(coverage -> {
            coverage.check("stored").count(count -> count > 0);
            coverage.check("refused").count(count -> count > 0);
        });
        if (!wellFormedUtf16(text)) {
            assertThatThrownBy(() -> ENGINE.appendEvents(event)).isInstanceOf(IllegalArgumentException.class);
            assertThat(ENGINE.lastSequenceNumberFor(aggregate)).as("nothing stored").isEmpty();
            return;
        }
        ENGINE.appendEvents(event);
        List<? extends DomainEventMessage<?>> read = ENGINE.readEvents(aggregate).asStream().toList();
        assertThat(((Noted) read.get(0).getPayload()).text()).isEqualTo(text);
        assertThat(read.get(0).getMetaData().get("note")).isEqualTo(text);
        assertThat(new LedgerVerifier(DATABASE).verifyAggregate(aggregate).intact()).isTrue();
        if (WellFormedText.isWellFormed(text)) {
            assertThat(text).as("the API's text rule accepts only well-formed UTF-16").matches(t -> wellFormedUtf16(t));
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.strings();
    }

    @AfterContainer
    static void verifyAllAndClose() {
        assertThat(new LedgerVerifier(DATABASE).verify().intact()).isTrue();
        CLIENT.close();
    }

    private static boolean wellFormedUtf16(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static LedgerStorageEngine engine() {
        LedgerStorageEngine engine = LedgerStorageEngine.builder().database(DATABASE).eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER).build();
        engine.ensureIndexes();
        return engine;
    }
}
