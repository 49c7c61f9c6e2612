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

/**
 * Reads the events of a validation review stored while reviews lived inside the committee, under their class
 * names of then ({@code validation.committee.api}), as the classes of the review ({@code validation.review.api}).
 * Four keep their shape. {@link ValidationReviewOpened} of revision 1 had no composition: it is read as revision 2
 * with no members, no chair and no committee version; those are only in the committee's stream of then, where
 * ReviewStreamMigration reads them when it copies the review into its own stream. Nothing stored is changed.
 */
@Component
public class ReviewEventUpcaster extends SingleEventUpcaster {

    private static final String BEFORE = "nl.kwaliteitsnetwerk.ledger.validation.committee.api.";
    private static final Map<SerializedType, SerializedType> RENAMED = Map.of(
            stored("ValidationReviewOpened"), new SimpleSerializedType(ValidationReviewOpened.class.getName(), "2"),
            stored("ValidationQuestionAnswered"), new SimpleSerializedType(ValidationQuestionAnswered.class.getName(), null),
            stored("ValidationReviewConcluded"), new SimpleSerializedType(ValidationReviewConcluded.class.getName(), null),
            stored("BoardReactionRecorded"), new SimpleSerializedType(BoardReactionRecorded.class.getName(), null),
            stored("ValidationReportPublished"), new SimpleSerializedType(ValidationReportPublished.class.getName(), null));

    private static SerializedType stored(String simpleName) {
        return new SimpleSerializedType(BEFORE + simpleName, null);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return RENAMED.containsKey(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        SerializedType current = RENAMED.get(event.getType());
        return event.upcastPayload(current, JsonNode.class, current.getName().equals(ValidationReviewOpened.class.getName())
                ? ReviewEventUpcaster::withoutComposition : payload -> payload);
    }

    /** Revision 1 to 2: the composition it was opened under was not recorded with it. */
    static JsonNode withoutComposition(JsonNode revision1) {
        ObjectNode revision2 = revision1.deepCopy();
        revision2.putArray("members");
        revision2.putNull("chairUserId");
        revision2.putNull("committeeVersion");
        return revision2;
    }
}
