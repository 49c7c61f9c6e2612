package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.AssessorType;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ContentDigest;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueCommitteeAppointed;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueReportDrafted;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueReportFinalised;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.InstitutionReactedToDraft;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.ReactionAnswer;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelComposed;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReportIssued;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored before members were resolved by the institution register and before reactions were answered (the
 * pinned files in stored-events) are read, through the service's own serializer and upcaster chain, with those
 * fields absent: a member's institution is then the code as given. Events that carry them write and read them back.
 */
class StoredBeforeTheRegisterTest extends ServiceTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path STORED = Path.of("src/test/resources/stored-events");

    private final Serializer eventSerializer;
    private final Configuration axon;

    @Autowired
    StoredBeforeTheRegisterTest(@Qualifier("eventSerializer") Serializer eventSerializer, Configuration axon) {
        this.eventSerializer = eventSerializer;
        this.axon = axon;
    }

    @Test
    void aCommitteeAppointedBeforeTheRegisterIsReadWithTheCodesAsGiven() throws Exception {
        DialogueCommitteeAppointed read = readStored(DialogueCommitteeAppointed.class);

        Assessor peer = read.members().get(0);
        assertThat(peer.resolvedInstitutionCode()).isNull();
        assertThat(peer.employerCode()).isEqualTo("25LH");
        assertThat(peer.isAffiliatedWith("25lh")).isTrue();
        assertThat(read.members().get(1).employerCode()).as("a student of JOB mbo works for no institution").isNull();
    }

    @Test
    void draftsAndFinalReportsStoredBeforeAnswersAreReadWithoutAnAnswer() throws Exception {
        assertThat(readStored(DialogueReportDrafted.class).reactionAnswer()).isNull();
        assertThat(readStored(DialogueReportFinalised.class).reactionAnswer()).isNull();
        assertThat(readStored(PanelComposed.class).chair().resolvedInstitutionCode()).isNull();
    }

    /** Tolerant reading: a report stored before digests is read with the digest of exactly what it stores. */
    @Test
    void reportsStoredBeforeDigestsAreReadWithTheDigestOfWhatTheyStore() throws Exception {
        DialogueReportDrafted draft = readBeforeDigests(DialogueReportDrafted.class);
        DialogueReportFinalised report = readBeforeDigests(DialogueReportFinalised.class);
        PanelReportIssued panelReport = readBeforeDigests(PanelReportIssued.class);

        assertThat(draft.reportDigest()).matches(ContentDigest.PATTERN).isEqualTo(DialogueReportDrafted.digestOf(
                draft.dialogueId(), draft.revision(), draft.conclusions(), draft.recommendations(), null));
        assertThat(report.reportDigest()).matches(ContentDigest.PATTERN).isNotEqualTo(draft.reportDigest());
        assertThat(report.approvedDigest()).as("stored before approvals cited digests").isNull();
        assertThat(panelReport.reportDigest()).isEqualTo(PanelReportIssued.digestOf(panelReport.panelReviewId(),
                panelReport.reportText(), panelReport.framework(), panelReport.standardJudgements()));
        assertThat(readBeforeDigests(InstitutionReactedToDraft.class).approvedDigest()).isNull();
        assertThat(roundTrip(draft).path("reportDigest").asText()).isEqualTo(draft.reportDigest());
    }

    @Test
    void aResolvedMemberAndAnAnsweredReactionAreWrittenAndReadBack() throws Exception {
        Assessor resolved = new Assessor("expert", "Eva Expert", "BM Services", null, AssessorType.INDEPENDENT_EXPERT,
                null, "29WT");
        DialogueCommitteeAppointed appointed = new DialogueCommitteeAppointed(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER,
                List.of(resolved, PEER_MEMBER_RESOLVED), ADMIN, NOW);
        DialogueReportFinalised finalised = new DialogueReportFinalised(DIALOGUE, 1, CONCLUSIONS, RECOMMENDATIONS, mix(),
                new ReactionAnswer(1, ANSWER), draftDigest(), CHAIR, NOW);

        JsonNode members = roundTrip(appointed).path("members");
        assertThat(members.get(0).path("resolvedInstitutionCode").asText()).isEqualTo("29WT");
        assertThat(members.get(1).path("affiliationInstitutionCode").asText()).isEqualTo("25LH");
        assertThat(roundTrip(finalised).path("reactionAnswer").path("answer").asText()).isEqualTo(ANSWER);
        assertThat(roundTrip(CHAIR_MEMBER).has("resolvedInstitutionCode")).as("absent, not null, when none").isFalse();
    }

    /** Serialises {@code event} as the event store does, checks it reads back equal, and answers the stored JSON. */
    private JsonNode roundTrip(Object event) throws Exception {
        String stored = eventSerializer.serialize(event, String.class).getData();
        Object back = read(event.getClass().getName(), stored);
        assertThat(back).isEqualTo(event);
        return JSON.readTree(stored);
    }

    /** The reports and reactions as they were stored before digests (copies of the pins of that time). */
    private <T> T readBeforeDigests(Class<T> type) throws Exception {
        return type.cast(read(type.getName(), Files.readString(
                Path.of("src/test/resources/stored-before-digests").resolve(type.getSimpleName() + ".json"))));
    }

    private <T> T readStored(Class<T> type) throws Exception {
        return type.cast(read(type.getName(), Files.readString(STORED.resolve(type.getSimpleName() + ".json"))));
    }

    private Object read(String type, String payload) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("InstitutionalDialogue", DIALOGUE, 3,
                "event-1", "2027-05-10T10:00:00Z", type, null, payload, "{}");
        List<? extends DomainEventMessage<?>> events = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry),
                eventSerializer, axon.upcasterChain()).asStream().toList();
        assertThat(events).hasSize(1);
        return events.get(0).getPayload();
    }
}
