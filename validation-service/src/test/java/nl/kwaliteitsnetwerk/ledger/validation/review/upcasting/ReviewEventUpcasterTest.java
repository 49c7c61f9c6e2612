package nl.kwaliteitsnetwerk.ledger.validation.review.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review's events stored while reviews lived inside the committee, under their class names of then, are read,
 * through the service's own serializer and upcaster chain, as the review's events: the opening of revision 1
 * as the revision-3 event of the fixture beside it (no composition, each report with its one institution), the other
 * four as they were. An opening of revision 2 reads as revision 3; answers, conclusions and board reactions stored
 * before approvals cited digests read with none.
 */
class ReviewEventUpcasterTest extends ServiceTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path UPCASTING = Path.of("src/test/resources/upcasting");
    private static final Path STORED = Path.of("src/test/resources/stored-events");
    private static final String BEFORE = "nl.kwaliteitsnetwerk.ledger.validation.committee.api.";

    private final Serializer eventSerializer;
    private final EventUpcaster upcasters;

    /** The service's own event serializer and upcaster chain, as the event store reads with them. */
    @Autowired
    ReviewEventUpcasterTest(@Qualifier("eventSerializer") Serializer eventSerializer, Configuration axon) {
        this.eventSerializer = eventSerializer;
        this.upcasters = axon.upcasterChain();
    }

    @Test
    void anOpeningOfRevisionOneUnderTheCommitteesClassNameIsReadAsRevisionThreeWithoutComposition() throws Exception {
        Object read = readStored("ValidationReviewOpened", null,
                Files.readString(UPCASTING.resolve("ValidationReviewOpened.revision-1.json")));

        assertThat(read).isInstanceOf(ValidationReviewOpened.class);
        assertThat(((ValidationReviewOpened) read).members()).isEmpty();
        JsonNode written = JSON.readTree(eventSerializer.serialize(read, String.class).getData());
        assertThat(written).isEqualTo(JSON.readTree(UPCASTING.resolve("ValidationReviewOpened.revision-3.json").toFile()));
    }

    @Test
    void anOpeningOfRevisionTwoIsReadWithEachReportBelongingToTheOneInstitutionItHad() throws Exception {
        Object read = read(ValidationReviewOpened.class.getName(), "2",
                Files.readString(UPCASTING.resolve("ValidationReviewOpened.revision-2.json")));

        assertThat(((ValidationReviewOpened) read).reports().get(0).institutionCodes()).containsExactly("29WT");
        assertThat(JSON.readTree(eventSerializer.serialize(read, String.class).getData()))
                .isEqualTo(JSON.readTree(UPCASTING.resolve("ValidationReviewOpened.revision-3.json").toFile()));
    }

    @Test
    void approvalsStoredBeforeTheyCitedDigestsAreReadWithNone() throws Exception {
        for (Class<?> type : List.of(ValidationQuestionAnswered.class, ValidationReviewConcluded.class,
                BoardReactionRecorded.class)) {
            String stored = Files.readString(UPCASTING.resolve(type.getSimpleName() + ".revision-1.json"));
            for (Object read : List.of(read(type.getName(), null, stored), readStored(type.getSimpleName(), null, stored))) {
                assertThat(read).as(type.getSimpleName()).isInstanceOf(type);
                assertThat(JSON.readTree(eventSerializer.serialize(read, String.class).getData())).as(type.getSimpleName())
                        .isEqualTo(JSON.readTree(stored));
            }
        }
        ValidationQuestionAnswered answered = (ValidationQuestionAnswered) read(ValidationQuestionAnswered.class.getName(),
                null, Files.readString(UPCASTING.resolve("ValidationQuestionAnswered.revision-1.json")));
        assertThat(answered.approvedDigest()).isNull();
    }

    @Test
    void theOtherEventsOfAReviewUnderTheCommitteesClassNamesAreReadAsTheReviewsUnchanged() throws Exception {
        for (Class<?> type : List.of(ValidationQuestionAnswered.class, ValidationReviewConcluded.class,
                BoardReactionRecorded.class, ValidationReportPublished.class)) {
            String stored = Files.readString(STORED.resolve(type.getSimpleName() + ".json"));
            Object read = readStored(type.getSimpleName(), null, stored);
            assertThat(read).isInstanceOf(type);
            assertThat(JSON.readTree(eventSerializer.serialize(read, String.class).getData())).as(type.getSimpleName())
                    .isEqualTo(JSON.readTree(stored));
        }
    }

    private Object readStored(String simpleName, String revision, String payload) {
        return read(BEFORE + simpleName, revision, payload);
    }

    private Object read(String typeName, String revision, String payload) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("ValidationCommittee", "validatiecommissie", 3,
                "event-1", "2027-11-01T09:00:00Z", typeName, revision, payload, "{}");
        List<? extends DomainEventMessage<?>> events = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry),
                eventSerializer, upcasters).asStream().toList();
        assertThat(events).hasSize(1);
        return events.get(0).getPayload();
    }
}
