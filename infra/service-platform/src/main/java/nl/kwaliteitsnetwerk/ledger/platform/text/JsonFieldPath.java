package nl.kwaliteitsnetwerk.ledger.platform.text;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a request body Jackson failed, as a problem's {@code field} names it: {@code evidence[1].reference}. */
public final class JsonFieldPath {

    private JsonFieldPath() {
    }

    public static String of(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
