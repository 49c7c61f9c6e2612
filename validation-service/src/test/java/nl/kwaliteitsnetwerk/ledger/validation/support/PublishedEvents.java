package nl.kwaliteitsnetwerk.ledger.validation.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Integration events as the audit and dialogue services publish them, by their contract (event
 * types and payload fields), built here and sent to their topics, keyed by aggregate id.
 */
public final class PublishedEvents {

    public static final List<String> STANDARDS = List.of("KS1", "KS2", "KS3", "KS4", "KS5", "KS6");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String aggregateType;
    private final String aggregateId;
    private final String institutionCode;
    private final List<IntegrationEvent> events = new ArrayList<>();
    private Instant at;

    private PublishedEvents(String aggregateType, String aggregateId, String institutionCode, Instant start) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.institutionCode = institutionCode;
        this.at = start;
    }

    /**
     * A whole audit, published: one finding per standard (KS2 an improvement point, the KS1 finding corrected after
     * the concept), a judgement per standard, a comment of the institution and its disposition, one follow-up action.
     */
    public static PublishedEvents publishedAudit(String auditId, String institutionCode, Instant start, String dueDate) {
        PublishedEvents audit = new PublishedEvents("Audit", auditId, institutionCode, start);
        Actor lead = Actor.of("lead", Role.LEAD_AUDITOR);
        audit.add("audit.scheduled", Actor.of("admin", Role.ADMINISTRATOR), p -> {
            p.putObject("institution").put("code", institutionCode).put("boardNumber", 21274).put("name", "ROC " + institutionCode);
            p.put("kind", "INSTITUTIONAL").putNull("theme").put("plannedDate", "2027-03-01");
            framework(p);
        });
        audit.add("audit.team-assigned", Actor.of("admin", Role.ADMINISTRATOR), p -> p.putObject("leadAuditor").put("userId", "lead"));
        audit.add("audit.site-visit-started", lead, p -> { });
        for (String standard : STANDARDS) {
            audit.add("audit.finding-recorded", Actor.of("auditor", Role.AUDITOR), p -> p.put("findingId", "f-" + standard)
                    .put("standardCode", standard).put("kind", standard.equals("KS2") ? "IMPROVEMENT_POINT" : "STRENGTH")
                    .put("text", "Bevinding " + standard));
        }
        for (int i = 0; i < STANDARDS.size(); i++) {
            String standard = STANDARDS.get(i);
            int n = i + 1;
            audit.add("audit.standard-judged", lead, p -> {
                p.put("judgementId", "judgement-" + n).put("value", "3").put("rationale", "r").putNull("revises")
                        .putNull("revisionReason").put("standardCode", standard);
                framework(p);
            });
        }
        audit.add("audit.overall-judgement-recorded", lead, p -> {
            p.put("judgementId", "judgement-7").put("value", "3").put("rationale", "r");
            framework(p);
        });
        audit.add("audit.concept-report-issued", lead, p -> p.put("revision", 1).put("reportText", "Concept"));
        audit.add("audit.concept-commented", Actor.forInstitution("roc", institutionCode), p -> p.put("commentId", "c-1")
                .put("standardCode", "KS2").put("text", "Graag nuanceren"));
        audit.add("audit.finding-corrected", Actor.of("auditor", Role.AUDITOR), p -> p.put("findingId", "f-KS1")
                .put("standardCode", "KS1").put("kind", "STRENGTH").put("text", "Bevinding KS1, genuanceerd").put("revision", 1)
                .put("corrects", "f-KS1").put("reason", "Na opmerking van de instelling"));
        audit.add("audit.comment-disposed", lead, p -> p.put("commentId", "c-1").put("disposition", "ACCEPTED_WITH_CHANGE")
                .put("explanation", "KS2 genuanceerd"));
        audit.add("audit.report-finalised", lead, p -> {
            p.put("reportText", "Eindrapport, vertrouwelijk").put("overallJudgement", "3");
            framework(p);
            ObjectNode judgements = p.putObject("standardJudgements");
            STANDARDS.forEach(s -> judgements.put(s, "3"));
            p.putArray("improvementPointIds").add("f-KS2");
        });
        audit.add("audit.summary-published", lead, p -> p.put("summary", "Integraal kwaliteitssysteem"));
        audit.add("audit.follow-up-opened", lead, p -> p.put("followUpId", "fu-f-KS2").put("findingId", "f-KS2")
                .put("standardCode", "KS2").put("description", "Bevinding KS2").put("owner", institutionCode).put("dueDate", dueDate));
        return audit;
    }

    /** A dialogue up to its final report, not published: students judged with the committee, employers were heard. */
    public static PublishedEvents finalDialogue(String dialogueId, String institutionCode, Instant start) {
        PublishedEvents dialogue = new PublishedEvents("InstitutionalDialogue", dialogueId, institutionCode, start);
        Actor chair = Actor.of("chair", Role.DIALOGUE_COMMITTEE);
        dialogue.add("dialogue.dialogue-opened", Actor.forInstitution("roc", institutionCode), p -> {
            p.put("dialogueId", dialogueId);
            p.putObject("institution").put("code", institutionCode).put("boardNumber", 30105).put("name", "ROC " + institutionCode);
            p.put("question", "Hoe betrekken onze teams studenten structureel bij het verbeteren van hun onderwijs?")
                    .put("theme", "Studentparticipatie").put("plannedDate", "2027-06-01");
        });
        dialogue.add("dialogue.dialogue-committee-appointed", Actor.of("admin", Role.ADMINISTRATOR), p -> {
            p.put("dialogueId", dialogueId);
            p.putObject("chair").put("userId", "chair").put("type", "NETWORK");
            p.putObject("secretary").put("userId", "secretary").put("type", "NETWORK");
            p.putArray("members").addObject().put("userId", "student").put("type", "STAKEHOLDER").put("represents", "STUDENTS");
        });
        dialogue.add("dialogue.session-held", chair, p -> {
            p.put("dialogueId", dialogueId).put("sessionId", "s-1").put("discussed", "Studentparticipatie");
            ArrayNode participants = p.putArray("participants");
            participants.addObject().put("category", "STUDENTS").put("count", 4).put("mode", "ASSESSING");
            participants.addObject().put("category", "EMPLOYERS").put("count", 2).put("mode", "CONSULTED");
        });
        dialogue.add("dialogue.observation-recorded", chair, p -> p.put("dialogueId", dialogueId).put("observationId", "o-1")
                .put("sessionId", "s-1").put("lens", "PROFESSIONAL").put("text", "Feedback elke periode"));
        dialogue.add("dialogue.dialogue-report-drafted", Actor.of("secretary", Role.DIALOGUE_COMMITTEE), p -> {
            p.put("dialogueId", dialogueId).put("revision", 1);
            p.putObject("conclusions").put("PROFESSIONAL", "Gesprek wel, vastlegging niet");
            p.putArray("recommendations").addObject().put("recommendationId", "R1").put("lens", "PROFESSIONAL").put("text", "Leg vast");
        });
        dialogue.add("dialogue.institution-reacted-to-draft", Actor.forInstitution("roc", institutionCode),
                p -> p.put("dialogueId", dialogueId).put("draftRevision", 1).put("reaction", "Herkenbaar"));
        dialogue.add("dialogue.dialogue-report-finalised", chair, p -> {
            p.put("dialogueId", dialogueId).put("draftRevision", 1);
            p.putObject("conclusions").put("PROFESSIONAL", "Gesprek wel, vastlegging niet");
            p.putArray("recommendations").addObject().put("recommendationId", "R1").put("lens", "PROFESSIONAL").put("text", "Leg vast");
            p.putObject("stakeholderMix").putArray("groups");
        });
        return dialogue;
    }

    /**
     * A peer review of a team of {@code firstInstitution} and one of {@code secondInstitution}, completed, published
     * as the dialogue service does: under its first team's institution only, the teams with theirs in the payload.
     */
    public static PublishedEvents completedPeerReview(String peerReviewId, String firstInstitution, String secondInstitution,
                                                      Instant start) {
        PublishedEvents review = new PublishedEvents("PeerReview", peerReviewId, firstInstitution, start);
        Actor guide = Actor.of("guide", Role.PROCESS_GUIDE);
        review.add("peer-review.peer-review-started", guide, p -> {
            p.put("peerReviewId", peerReviewId).put("title", "Carrousel BPV");
            p.putObject("processGuide").put("userId", "guide").put("type", "NETWORK");
            ArrayNode teams = p.putArray("teams");
            for (String institution : List.of(firstInstitution, secondInstitution)) {
                ObjectNode team = teams.addObject().put("teamId", "team-" + institution).put("name", "Team " + institution)
                        .put("level", "PROGRAMME").put("researchQuestion", "Hoe begeleiden wij de BPV?");
                team.putObject("institution").put("code", institution).put("boardNumber", 40001).put("name", "ROC " + institution);
            }
        });
        review.add("peer-review.peer-session-held", guide, p -> {
            p.put("peerReviewId", peerReviewId).put("sessionId", "ps-1").put("hostTeamId", "team-" + firstInstitution)
                    .put("discussed", "Begeleiding");
            p.putArray("visitingTeamIds").add("team-" + secondInstitution);
            p.putArray("participants").addObject().put("category", "TEACHERS").put("count", 6).put("mode", "ASSESSING");
        });
        review.add("peer-review.team-report-recorded", guide, p -> p.put("peerReviewId", peerReviewId)
                .put("teamId", "team-" + secondInstitution).put("revision", 1).put("outcomes", "Vaste begeleider")
                .put("reportText", "Rapport van het tweede team").putNull("revisionReason"));
        review.add("peer-review.peer-review-completed", guide, p -> p.put("peerReviewId", peerReviewId));
        return review;
    }

    /**
     * Sets {@code fields} in the payload of the first event of {@code eventType} so far: a field its producer states
     * that this builder leaves out, such as a business date ({@code occurredOn}) or a content digest.
     */
    public PublishedEvents stating(String eventType, Consumer<ObjectNode> fields) {
        fields.accept((ObjectNode) events.stream().filter(e -> e.eventType().equals(eventType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + eventType)).payload());
        return this;
    }

    /**
     * A case entered after the fact: each step states when it happened in 2022, the visit on 28 September, the concept
     * on 1 November (commented on the 10th, answered on the 24th), the final report on 15 December, published on
     * 10 January 2023.
     */
    public PublishedEvents enteredAfterTheFactIn2022() {
        List.of(List.of("audit.scheduled", "2022-06-01"), List.of("audit.site-visit-started", "2022-09-28"),
                List.of("audit.concept-report-issued", "2022-11-01"), List.of("audit.concept-commented", "2022-11-10"),
                List.of("audit.comment-disposed", "2022-11-24"), List.of("audit.report-finalised", "2022-12-15"),
                List.of("audit.summary-published", "2023-01-10"))
                .forEach(step -> stating(step.get(0), p -> p.put("occurredOn", step.get(1))));
        return this;
    }

    /** Adds, after the events so far, an event of {@code eventType} with {@code payload}; {@link #from} sends only it. */
    public PublishedEvents with(String eventType, Actor actor, ObjectNode payload) {
        add(eventType, actor, p -> p.setAll(payload));
        return this;
    }

    /** Adds a correction of a business date by the lead auditor, with {@code fields} (contract E). */
    public PublishedEvents dateCorrected(Consumer<ObjectNode> fields) {
        add("audit.business-date-corrected", Actor.of("lead", Role.LEAD_AUDITOR), fields);
        return this;
    }

    /** Adds an erratum to the final report: the version {@code digest} replaces the version {@code supersedes}. */
    public PublishedEvents erratum(String digest, String supersedes) {
        add("audit.erratum-issued", Actor.of("lead", Role.LEAD_AUDITOR), p -> p.put("erratumId", "e-1")
                .put("correction", "KS3: oordeel 3, niet 2").put("reason", "Typefout").put("corrects", "final-report")
                .put("reportDigest", digest).put("supersedesDigest", supersedes));
        return this;
    }

    /**
     * Adds, after the events so far, the institution reporting the audit's follow-up action done and the lead
     * reopening it with {@code newDueDate}; {@link #from} sends only these.
     */
    public PublishedEvents followUpReopened(String newDueDate) {
        add("audit.follow-up-reported-done", Actor.forInstitution("roc", institutionCode),
                p -> p.put("followUpId", "fu-f-KS2").put("evidence", "Nieuw protocol"));
        add("audit.follow-up-reopened", Actor.of("lead", Role.LEAD_AUDITOR),
                p -> p.put("followUpId", "fu-f-KS2").put("reason", "Nog niet geborgd").put("newDueDate", newDueDate));
        return this;
    }

    /** The events from {@code index} on only: what happened after the part that was sent before. */
    public PublishedEvents from(int index) {
        PublishedEvents part = new PublishedEvents(aggregateType, aggregateId, institutionCode, at);
        part.events.addAll(events.subList(index, events.size()));
        return part;
    }

    /** The first {@code count} events only: the report as far as it got, for a report not final yet. */
    public PublishedEvents upTo(int count) {
        PublishedEvents part = new PublishedEvents(aggregateType, aggregateId, institutionCode, at);
        part.events.addAll(events.subList(0, count));
        return part;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public List<IntegrationEvent> events() {
        return List.copyOf(events);
    }

    /** The instant of the event at {@code index}. */
    public Instant at(int index) {
        return events.get(index).occurredAt();
    }

    /** Sends every event to its topic on the test broker, each {@code times} times (a redelivery), in order. */
    public PublishedEvents send(int times) {
        return send(SharedTestStack.get().kafka().bootstrapServers(), times);
    }

    /** Sends every event to its topic on {@code bootstrapServers}, each {@code times} times, in order, and waits for the broker. */
    public PublishedEvents send(String bootstrapServers, int times) {
        String topic = aggregateType.equals("Audit") ? IntegrationTopics.AUDITS : IntegrationTopics.DIALOGUES;
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (IntegrationEvent event : events) {
                for (int i = 0; i < times; i++) {
                    producer.send(new ProducerRecord<>(topic, aggregateId, IntegrationEventCodec.toJson(event))).get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused an event", e);
        }
        return this;
    }

    private void add(String type, Actor actor, Consumer<ObjectNode> payload) {
        ObjectNode p = JSON.objectNode();
        payload.accept(p);
        at = at.plus(Duration.ofHours(1));
        events.add(new IntegrationEvent(IntegrationEvent.ENVELOPE_VERSION, UUID.randomUUID().toString(), type, 1,
                aggregateType, aggregateId, events.size(), institutionCode, at, actor, p));
    }

    private static void framework(ObjectNode p) {
        p.putObject("framework").put("id", "kwaliteitsnetwerk-instellingsaudit").put("version", "2013");
    }
}
