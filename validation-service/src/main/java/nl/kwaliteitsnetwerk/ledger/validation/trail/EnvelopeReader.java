package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a record's value as an integration event envelope of the version the trail knows, or refuses it
 * with an {@link UnreadableRecord} that says why in terms of the envelope (its field names, the line and
 * column of a syntax error), so that the reason can be shown to the committee without the record's text.
 * Event types the trail does not know are read (a producer may add them): only the envelope must fit.
 */
public final class EnvelopeReader {

    private static final ObjectMapper MAPPER = IntegrationEventCodec.mapper();
    private static final List<String> REQUIRED = List.of("envelopeVersion", "eventId", "eventType", "schemaVersion",
            "aggregateType", "aggregateId", "sequenceNumber", "occurredAt", "payload");

    private EnvelopeReader() {
    }

    public static IntegrationEvent read(String value) {
        if (value == null) {
            throw new UnreadableRecord("a record without a value");
        }
        JsonNode tree = parse(value);
        if (!tree.isObject()) {
            throw new UnreadableRecord("not an integration event: JSON " + tree.getNodeType().name().toLowerCase()
                    + " instead of an object");
        }
        List<String> missing = REQUIRED.stream().filter(field -> !tree.hasNonNull(field)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableRecord("not an integration event: no " + String.join(", ", missing));
        }
        JsonNode version = tree.get("envelopeVersion");
        if (!version.canConvertToExactIntegral() || version.asInt() != IntegrationEvent.ENVELOPE_VERSION) {
            throw new UnreadableRecord("not an integration event of envelope version " + IntegrationEvent.ENVELOPE_VERSION);
        }
        IntegrationEvent event;
        try {
            event = MAPPER.treeToValue(tree, IntegrationEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableRecord("not an integration event: an invalid value" + at(e));
        }
        requireInstitutionCodeInNormalForm(event.institutionCode());
        return event;
    }

    /**
     * The trail files every entry under its institution and every read compares codes: one stored under what is no
     * code in its normal form would make each list that meets it refuse to answer, for every reader. It is parked.
     */
    private static void requireInstitutionCodeInNormalForm(String code) {
        if (code == null) {
            return;
        }
        try {
            if (!code.equals(InstitutionCode.normalise(code, "institutionCode")) || code.isEmpty()) {
                throw new UnreadableRecord("not an integration event: an institution code not in its normal form");
            }
        } catch (InvalidText notACode) {
            throw new UnreadableRecord("not an integration event: an institution code that is no code");
        }
    }

    private static JsonNode parse(String value) {
        try {
            return MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            return failNotJson(e);
        }
    }

    private static JsonNode failNotJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        throw new UnreadableRecord("not JSON (" + e.getClass().getSimpleName() + where + ")");
    }

    /** The envelope fields leading to the bad value: names the envelope defines, so no text of the record. */
    private static String at(Exception e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        return " at " + mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
