package nl.kwaliteitsnetwerk.ledger.audit.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.api.EvidenceReference;
import nl.kwaliteitsnetwerk.ledger.audit.api.FindingRecorded;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link FindingRecorded} of revision 1, whose evidence was a list of document titles, as
 * revision 2: each title becomes a {@link EvidenceReference.Kind#DOCUMENT DOCUMENT} reference. The
 * stored event is not changed (nothing in the ledger is); it is read in the current shape.
 */
@Component
public class FindingRecordedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = FindingRecorded.class.getName();
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, null);
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, FindingRecordedUpcaster::typedEvidence);
    }

    private static JsonNode typedEvidence(JsonNode revision1) {
        ObjectNode revision2 = revision1.deepCopy();
        ArrayNode evidence = JsonNodeFactory.instance.arrayNode();
        revision1.path("evidence").forEach(title -> evidence.addObject()
                .put("kind", EvidenceReference.Kind.DOCUMENT.name()).put("reference", title.asText()));
        revision2.set("evidence", evidence);
        return revision2;
    }
}
