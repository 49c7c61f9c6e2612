package nl.kwaliteitsnetwerk.ledger.validation.review.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.UnaryOperator;

import static java.util.Map.entry;

/**
 * Reads every stored form of a validation review's events as the current one, in one step each (so no order of
 * upcasters matters). Nothing stored is changed.
 * <ul>
 *   <li>Stored while reviews lived inside the committee, under their class names of then
 *       ({@code validation.committee.api}): read as the classes of the review ({@code validation.review.api}).
 *       {@link ValidationReviewOpened} of then had no composition: read with no members, no chair and no committee
 *       version; those are only in the committee's stream of then, where ReviewStreamMigration reads them.</li>
 *   <li>{@link ValidationReviewOpened} revision 2: its reports had one institution each; revision 3 lists every
 *       institution a report belongs to, for these the one it had.</li>
 *   <li>Answers, conclusions and board reactions stored before approvals cited content digests (no revision):
 *       read as revision 2 with none ({@code approvedDigest}, {@code reportDigest} and {@code content} null), which
 *       no reader takes for a stale approval.</li>
 * </ul>
 */
@Component
public class ReviewEventUpcaster extends SingleEventUpcaster {

    private static final String BEFORE = "nl.kwaliteitsnetwerk.ledger.validation.committee.api.";
    private static final SerializedType OPENED = current(ValidationReviewOpened.class, "3");
    private static final SerializedType ANSWERED = current(ValidationQuestionAnswered.class, "2");
    private static final SerializedType CONCLUDED = current(ValidationReviewConcluded.class, "2");
    private static final SerializedType REACTED = current(BoardReactionRecorded.class, "2");

    private record Step(SerializedType to, UnaryOperator<JsonNode> payload) {
    }

    private static final Map<SerializedType, Step> STEPS = Map.ofEntries(
            entry(before("ValidationReviewOpened"), new Step(OPENED,
                    payload -> withInstitutionLists(withoutComposition(payload)))),
            entry(current(ValidationReviewOpened.class, "2"), new Step(OPENED, ReviewEventUpcaster::withInstitutionLists)),
            entry(before("ValidationQuestionAnswered"), new Step(ANSWERED, p -> withNone(p, "approvedDigest"))),
            entry(current(ValidationQuestionAnswered.class, null), new Step(ANSWERED, p -> withNone(p, "approvedDigest"))),
            entry(before("ValidationReviewConcluded"), new Step(CONCLUDED, p -> withNone(p, "content", "reportDigest"))),
            entry(current(ValidationReviewConcluded.class, null), new Step(CONCLUDED,
                    p -> withNone(p, "content", "reportDigest"))),
            entry(before("BoardReactionRecorded"), new Step(REACTED, p -> withNone(p, "approvedDigest"))),
            entry(current(BoardReactionRecorded.class, null), new Step(REACTED, p -> withNone(p, "approvedDigest"))),
            entry(before("ValidationReportPublished"), new Step(current(ValidationReportPublished.class, null),
                    payload -> payload)));

    private static SerializedType before(String simpleName) {
        return new SimpleSerializedType(BEFORE + simpleName, null);
    }

    private static SerializedType current(Class<?> type, String revision) {
        return new SimpleSerializedType(type.getName(), revision);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return STEPS.containsKey(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        Step step = STEPS.get(event.getType());
        return event.upcastPayload(step.to(), JsonNode.class, step.payload()::apply);
    }

    /** Revision 1 to 2: the composition it was opened under was not recorded with it. */
    static JsonNode withoutComposition(JsonNode revision1) {
        ObjectNode revision2 = revision1.deepCopy();
        revision2.putArray("members");
        revision2.putNull("chairUserId");
        revision2.putNull("committeeVersion");
        return revision2;
    }

    /** Revision 2 to 3: each report under review belongs to the one institution it was recorded with. */
    static JsonNode withInstitutionLists(JsonNode revision2) {
        ObjectNode revision3 = revision2.deepCopy();
        revision3.path("reports").forEach(report -> {
            if (report instanceof ObjectNode r && !r.has("institutionCodes")) {
                JsonNode code = r.path("institutionCode");
                if (code.isTextual()) {
                    r.putArray("institutionCodes").add(code.asText());
                } else {
                    r.putArray("institutionCodes");
                }
            }
        });
        return revision3;
    }

    /** A field the event did not have yet, as none (explicitly, so the reading does not depend on defaults). */
    static JsonNode withNone(JsonNode stored, String... fields) {
        ObjectNode read = stored.deepCopy();
        for (String field : fields) {
            if (!read.has(field)) {
                read.putNull(field);
            }
        }
        return read;
    }
}
