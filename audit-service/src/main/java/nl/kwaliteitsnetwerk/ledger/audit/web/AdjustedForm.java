package nl.kwaliteitsnetwerk.ledger.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A posted form with some fields put the way the API's request names them, for the few choices a browser makes
 * otherwise than an API client: an institution picked from the register (the API takes its code, board number
 * and name), a framework picked as one option (the API takes its id and version), a day picked for a deadline
 * (the API takes an instant). Everything else the user sent passes unchanged, to be read by the API's own reader.
 */
final class AdjustedForm extends HttpServletRequestWrapper {

    private final Map<String, String[]> fields;

    private AdjustedForm(HttpServletRequest request, Map<String, String[]> fields) {
        super(request);
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** Starts from what was posted. */
    static Builder of(HttpServletRequest request) {
        return new Builder(request);
    }

    static final class Builder {
        private final HttpServletRequest request;
        private final Map<String, String[]> fields;

        private Builder(HttpServletRequest request) {
            this.request = request;
            this.fields = new LinkedHashMap<>(request.getParameterMap());
        }

        /** The first value of {@code name} as posted, or null. */
        String value(String name) {
            String[] values = fields.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        Builder put(String name, String value) {
            fields.put(name, new String[]{value});
            return this;
        }

        Builder remove(String name) {
            fields.remove(name);
            return this;
        }

        HttpServletRequest build() {
            return new AdjustedForm(request, fields);
        }
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return fields;
    }

    @Override
    public String getParameter(String name) {
        String[] values = fields.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        return fields.get(name);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(fields.keySet());
    }
}
