package nl.kwaliteitsnetwerk.ledger.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.kwaliteitsnetwerk.ledger.contracts.Contracts;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicDisclosure;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.kwaliteitsnetwerk.ledger.kernel.PublicDisclosurePropertyTest.Part.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random lifecycles of every aggregate of the three services, in any order of their events, with a
 * marker in every field: {@code SECRET-n} where the field is confidential (and in every actor), {@code
 * PUBLIC-n} where it becomes public once its report is published. No secret marker may ever reach a
 * public fact, and every public marker must be told when its report is published, or at once when it
 * changes afterwards.
 */
class PublicDisclosurePropertyTest {

    private static final ObjectMapper JSON = IntegrationEventCodec.mapper();
    private static final Pattern MARKER = Pattern.compile("(SECRET|PUBLIC)-\\d+");

    /** What an event type contributes; every field not listed as public gets a secret marker. */
    enum Part { OPENING, FINAL, PUBLISH, FOLLOW_UP, REACTION, RECORD, IMMEDIATE, CONFIDENTIAL }

    record Template(String type, Part part, List<String> publicFields, List<String> secretFields) {
        static Template of(String type, Part part, String publicFields, String secretFields) {
            return new Template(type, part, split(publicFields), split(secretFields));
        }

        private static List<String> split(String fields) {
            return fields.isBlank() ? List.of() : List.of(fields.split(","));
        }
    }

    private static final Map<String, List<Template>> LIFECYCLES = Map.of(
            "supervision", List.of(
                    Template.of("supervision.calendar-opened", CONFIDENTIAL, "", "note"),
                    Template.of("supervision.cycle-visit-recorded", CONFIDENTIAL, "", "kind,reportId,visitedOn,nextDueOn"),
                    Template.of("supervision.cycle-visit-overdue", CONFIDENTIAL, "", "kind,dueOn,lastVisitOn"),
                    Template.of("supervision.follow-up-tracked", CONFIDENTIAL, "", "followUpKey,description,dueOn"),
                    Template.of("supervision.follow-up-done", CONFIDENTIAL, "", "followUpKey,how,doneOn"),
                    Template.of("supervision.follow-up-rescheduled", CONFIDENTIAL, "", "followUpKey,dueOn"),
                    Template.of("supervision.supervision-term-set", IMMEDIATE, "startsOn,years,endsOn", "reference,sourceEventId"),
                    Template.of("supervision.supervision-signal-recorded", IMMEDIATE, "signalledOn,previousEndsOn,endsOn", "signalId,summary"),
                    Template.of("supervision.supervision-term-ended", IMMEDIATE, "startsOn,endsOn", "tightenedBySignalId"),
                    Template.of("supervision.follow-up-overdue", IMMEDIATE, "followUpKey,reportId,dueOn", "")),
            "audit", List.of(
                    Template.of("audit.scheduled", OPENING, "institution,kind,theme", ""),
                    Template.of("audit.team-assigned", CONFIDENTIAL, "", "members"),
                    Template.of("audit.finding-recorded", CONFIDENTIAL, "", "text,standardCode"),
                    Template.of("audit.concept-report-issued", RECORD, "occurredOn", "reportText,reportDigest"),
                    Template.of("audit.concept-commented", CONFIDENTIAL, "", "comment,commentId"),
                    Template.of("audit.comment-disposed", CONFIDENTIAL, "", "disposition,explanation"),
                    Template.of("audit.overall-judgement-recorded", CONFIDENTIAL, "", "value,rationale"),
                    Template.of("audit.report-finalised", FINAL, "overallJudgement,framework,standardJudgements,reportDigest,occurredOn,supervisionTerm", "reportText,improvementPointIds,approvedDigest"),
                    Template.of("audit.summary-published", PUBLISH, "summary,occurredOn", ""),
                    Template.of("audit.follow-up-opened", FOLLOW_UP, "standardCode,dueDate", "findingId,description,owner"),
                    Template.of("audit.follow-up-reported-done", FOLLOW_UP, "", "evidence"),
                    Template.of("audit.follow-up-accepted", FOLLOW_UP, "", "note"),
                    Template.of("audit.follow-up-reopened", FOLLOW_UP, "newDueDate", "reason"),
                    Template.of("audit.erratum-issued", RECORD, "reportDigest", "correction,reason,supersedesDigest,erratumId"),
                    Template.of("audit.board-reaction-recorded", REACTION, "reaction,approvedDigest", ""),
                    Template.of("audit.judgement-carried-over", RECORD, "standardCode,value,framework,source,translation", "rationale,judgementId"),
                    Template.of("audit.business-date-corrected", RECORD, "correctedDate", "reason,previousDate"),
                    Template.of("audit.intake-recorded", CONFIDENTIAL, "", "notes"),
                    Template.of("audit.site-visit-started", RECORD, "occurredOn", "location"),
                    Template.of("audit.finding-corrected", CONFIDENTIAL, "", "text,reason"),
                    Template.of("audit.finding-retracted", CONFIDENTIAL, "", "reason"),
                    Template.of("audit.standard-judged", CONFIDENTIAL, "", "value,rationale"),
                    Template.of("audit.oral-feedback-given", CONFIDENTIAL, "", "summary"),
                    Template.of("audit.reopened", CONFIDENTIAL, "", "reason")),
            "dialogue", List.of(
                    Template.of("dialogue.dialogue-opened", OPENING, "institution,theme,question", ""),
                    Template.of("dialogue.dialogue-committee-appointed", CONFIDENTIAL, "", "members"),
                    Template.of("dialogue.questionnaire-recorded", CONFIDENTIAL, "", "questions"),
                    Template.of("dialogue.document-shared", CONFIDENTIAL, "", "title,location"),
                    Template.of("dialogue.session-planned", CONFIDENTIAL, "", "date,groups"),
                    Template.of("dialogue.session-held", CONFIDENTIAL, "", "notes,participants"),
                    Template.of("dialogue.observation-corrected", CONFIDENTIAL, "", "text,reason"),
                    Template.of("dialogue.observation-retracted", CONFIDENTIAL, "", "reason"),
                    Template.of("dialogue.observation-recorded", CONFIDENTIAL, "", "text"),
                    Template.of("dialogue.dialogue-report-drafted", CONFIDENTIAL, "", "conclusions,recommendations"),
                    Template.of("dialogue.institution-reacted-to-draft", CONFIDENTIAL, "", "reaction"),
                    Template.of("dialogue.dialogue-report-finalised", FINAL, "conclusions,recommendations,stakeholderMix", "draftRevision"),
                    Template.of("dialogue.dialogue-report-published", PUBLISH, "summary", ""),
                    Template.of("dialogue.recommendation-adopted", FOLLOW_UP, "dueDate", "description,owner"),
                    Template.of("dialogue.recommendation-declined", FOLLOW_UP, "", "reason"),
                    Template.of("dialogue.agenda-progress-recorded", FOLLOW_UP, "", "note"),
                    Template.of("dialogue.agenda-item-completed", FOLLOW_UP, "", "evidence")),
            "panel-review", List.of(
                    Template.of("panel-review.panel-review-scheduled", OPENING, "institution", ""),
                    Template.of("panel-review.panel-composed", CONFIDENTIAL, "", "members"),
                    Template.of("panel-review.self-evaluation-submitted", CONFIDENTIAL, "", "measurable,noticeable"),
                    Template.of("panel-review.panel-standard-judged", CONFIDENTIAL, "", "rationale"),
                    Template.of("panel-review.panel-report-issued", FINAL, "framework,standardJudgements", "reportText"),
                    Template.of("panel-review.panel-report-reacted-to", REACTION, "reaction", ""),
                    Template.of("panel-review.panel-report-published", PUBLISH, "summary", "")),
            "peer-review", List.of(
                    Template.of("peer-review.peer-review-started", CONFIDENTIAL, "", "teams,question"),
                    Template.of("peer-review.peer-session-held", CONFIDENTIAL, "", "notes"),
                    Template.of("peer-review.team-report-recorded", CONFIDENTIAL, "", "report"),
                    Template.of("peer-review.peer-review-completed", CONFIDENTIAL, "", "summary")),
            "validation", List.of(
                    Template.of("validation.committee-composed", CONFIDENTIAL, "", "members"),
                    Template.of("validation.validation-review-opened", OPENING, "title,questionSetId,questionSetVersion", "questions,members"),
                    Template.of("validation.validation-question-answered", CONFIDENTIAL, "", "answer,reasoning"),
                    Template.of("validation.validation-review-concluded", FINAL, "conclusion", ""),
                    Template.of("validation.board-reaction-recorded", REACTION, "reaction", ""),
                    Template.of("validation.validation-report-published", PUBLISH, "summary", ""),
                    Template.of("validation.membership-changed", CONFIDENTIAL, "", "member,reason"),
                    Template.of("validation.review-membership-changed", CONFIDENTIAL, "", "leavingUserId,joining,chairUserId")));

    @Property(tries = 400)
    void nothingConfidentialReachesTheFeedAndEverythingPublicDoes(@ForAll("lifecycles") Lifecycle lifecycle) {
        ObjectNode state = PublicDisclosure.initialState();
        Oracle oracle = new Oracle(lifecycle.kind());
        for (Lifecycle.Step step : lifecycle.steps()) {
            PublicDisclosure.Outcome outcome = PublicDisclosure.disclose(state, step.event());
            state = outcome.state();
            String told = write(outcome.facts());
            assertThat(told).as("told at %s", step.event().eventType()).doesNotContain("SECRET-");
            assertThat(markers(told)).as("told at %s", step.event().eventType())
                    .containsAll(oracle.expectedAfter(step));
            if (step.template().part() == CONFIDENTIAL) {
                assertThat(outcome.facts()).isEmpty();
            }
        }
    }

    /** The lifecycles above use every event type a service pins (in the contracts), so a new type is in the property too. */
    @Example
    void theLifecyclesCoverEveryPublishedEventType() {
        Set<String> pinned = new HashSet<>();
        for (String producer : List.of("audit", "dialogue", "validation")) {
            pinned.addAll(Contracts.payloads(producer).keySet());
        }
        Set<String> generated = new HashSet<>();
        LIFECYCLES.values().forEach(templates -> templates.forEach(t -> generated.add(t.type())));
        assertThat(pinned).isNotEmpty();
        assertThat(generated).containsAll(pinned).containsAll(PublicDisclosure.CONTRIBUTING);
    }

    @Provide
    Arbitrary<Lifecycle> lifecycles() {
        return Arbitraries.of(List.copyOf(LIFECYCLES.keySet())).flatMap(kind -> {
            List<Template> templates = LIFECYCLES.get(kind);
            Arbitrary<Integer> template = Arbitraries.integers().between(0, templates.size() - 1);
            Arbitrary<Integer> id = Arbitraries.integers().between(1, 2);
            return Arbitraries.entries(template, id).list().ofMinSize(1).ofMaxSize(30)
                    .map(choices -> Lifecycle.build(kind, choices.stream()
                            .map(c -> Map.entry(templates.get(c.getKey()), c.getValue())).toList()));
        });
    }

    record Lifecycle(String kind, List<Step> steps) {
        record Step(Template template, String id, IntegrationEvent event, Map<String, String> publicFields) {
            Set<String> publicMarkers() {
                return Set.copyOf(publicFields.values());
            }
        }

        static Lifecycle build(String kind, List<Map.Entry<Template, Integer>> choices) {
            int[] counter = {0};
            List<Step> steps = new ArrayList<>();
            for (var choice : choices) {
                Template template = choice.getKey();
                String id = String.valueOf(choice.getValue());
                ObjectNode payload = JSON.createObjectNode();
                Map<String, String> publicFields = new HashMap<>();
                for (String field : template.publicFields()) {
                    String marker = "PUBLIC-" + counter[0]++;
                    payload.put(field, marker);
                    publicFields.put(field, marker);
                }
                template.secretFields().forEach(field -> payload.put(field, "SECRET-" + counter[0]++));
                identify(kind, template, id, payload, publicFields, counter);
                Actor actor = new Actor("SECRET-" + counter[0]++, Role.AUDITOR, null);
                IntegrationEvent event = new IntegrationEvent(1, "event-" + steps.size(), template.type(), 1, kind,
                        "aggregate-1", steps.size(), "PUBLIC-INSTITUTION", Instant.parse("2027-01-01T00:00:00Z"), actor, payload);
                steps.add(new Step(template, id, event, publicFields));
            }
            return new Lifecycle(kind, steps);
        }

        /** The ids that tie follow-ups and reviews together, and the report list of a validation review. */
        private static void identify(String kind, Template template, String id, ObjectNode payload,
                                     Map<String, String> publicFields, int[] counter) {
            switch (kind) {
                case "audit" -> {
                    payload.put("followUpId", "fu-" + id);
                    if (template.type().equals("audit.business-date-corrected")) {
                        payload.put("step", "SITE_VISIT");
                    }
                }
                case "dialogue" -> payload.put("recommendationId", "R" + id).put("agendaItemId", "ag-" + id);
                case "supervision" -> payload.put("publicReport", true);
                case "validation" -> {
                    payload.put("reviewId", "review-" + id).put("committeeId", "committee");
                    if (template.part() == OPENING) {
                        ObjectNode report = payload.putArray("reports").addObject();
                        for (String field : List.of("reportId", "reportType", "institutionCode")) {
                            String marker = "PUBLIC-" + counter[0]++;
                            report.put(field, marker);
                            publicFields.put("report." + field, marker);
                        }
                        report.put("title", "SECRET-" + counter[0]++);
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * An independent model of what must be told: a report's latest opening and final markers and
     * its reaction when it is published, and the latest markers of each follow-up that has begun, at
     * publication and at every change after it. Validation keeps one report per review id.
     */
    static final class Oracle {
        private final String kind;
        private final Map<String, Report> reports = new HashMap<>();

        Oracle(String kind) {
            this.kind = kind;
        }

        private static final class Report {
            Set<String> opening = Set.of();
            Set<String> finalReport = Set.of();
            Set<String> reaction = Set.of();
            /** The audit report's record: per process date its latest marker, and every version and carry-over. */
            final Map<String, Set<String>> record = new HashMap<>();
            boolean published;
            final Map<String, Map<String, String>> followUps = new HashMap<>();
        }

        Set<String> expectedAfter(Lifecycle.Step step) {
            Report report = reports.computeIfAbsent(kind.equals("validation") ? step.id() : "", k -> new Report());
            Set<String> expected = new HashSet<>();
            String type = step.template().type();
            switch (step.template().part()) {
                case OPENING -> report.opening = step.publicMarkers();
                case FINAL -> report.finalReport = step.publicMarkers();
                case REACTION -> {
                    report.reaction = step.publicMarkers();
                    if (report.published && (kind.equals("panel-review") || kind.equals("audit"))) {
                        expected.addAll(step.publicMarkers());
                    }
                }
                case PUBLISH -> {
                    report.published = true;
                    expected.addAll(step.publicMarkers());
                    expected.addAll(report.opening);
                    expected.addAll(report.finalReport);
                    expected.addAll(report.reaction);
                    report.record.values().forEach(expected::addAll);
                    report.followUps.values().forEach(fields -> expected.addAll(fields.values()));
                }
                case FOLLOW_UP -> {
                    boolean begins = type.endsWith("follow-up-opened") || type.endsWith("recommendation-adopted")
                            || type.endsWith("recommendation-declined");
                    if (begins) {
                        report.followUps.put(step.id(), new HashMap<>(step.publicFields()));
                    } else if (report.followUps.containsKey(step.id())) {
                        step.publicFields().forEach((field, marker) ->
                                report.followUps.get(step.id()).put(field.equals("newDueDate") ? "dueDate" : field, marker));
                    }
                    if (report.published && report.followUps.containsKey(step.id())) {
                        expected.addAll(report.followUps.get(step.id()).values());
                    }
                }
                case RECORD -> {
                    report.record.put(recordSlot(step), step.publicMarkers());
                    if (report.published) {
                        expected.addAll(step.publicMarkers());
                    }
                }
                case IMMEDIATE -> expected.addAll(step.publicMarkers());
                case CONFIDENTIAL -> {
                }
            }
            return expected;
        }
    }

    /** A visit date and its correction share one slot (the latest wins); versions and carry-overs accumulate. */
    private static String recordSlot(Lifecycle.Step step) {
        return switch (step.template().type()) {
            case "audit.site-visit-started", "audit.business-date-corrected" -> "visitStartedOn";
            case "audit.concept-report-issued" -> "conceptIssuedOn";
            default -> step.event().eventId();
        };
    }

    private static Set<String> markers(String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String write(List<PublicFact> facts) {
        try {
            return JSON.writeValueAsString(facts);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
