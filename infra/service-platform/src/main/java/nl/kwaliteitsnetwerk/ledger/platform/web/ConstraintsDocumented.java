package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import nl.kwaliteitsnetwerk.ledger.platform.validation.DateWindow;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.core.MethodParameter;

import java.lang.annotation.Annotation;
import java.util.Arrays;

/**
 * Documents the platform's own constraints as a client can read them, as springdoc does for {@code @Size}
 * and {@code @Max}: a {@link SingleLine} text as a pattern that excludes line breaks, control and
 * text-direction characters, a {@link DateWindow} in the description. On body properties and on query
 * parameters alike.
 */
class ConstraintsDocumented implements PropertyCustomizer, ParameterCustomizer {

    /** What {@code SingleLineValidator} refuses, as an ECMA-262 character class. */
    static final String SINGLE_LINE_PATTERN =
            "^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*$";

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        return annotations == null ? property : document(property, annotations);
    }

    @Override
    public Parameter customize(Parameter parameter, MethodParameter methodParameter) {
        if (parameter != null && parameter.getSchema() != null) {
            document(parameter.getSchema(), methodParameter.getParameterAnnotations());
        }
        return parameter;
    }

    @SuppressWarnings("rawtypes")
    private static Schema document(Schema schema, Annotation[] annotations) {
        if (schema == null) {
            return null;
        }
        if (Arrays.stream(annotations).anyMatch(SingleLine.class::isInstance) && schema.getPattern() == null) {
            schema.setPattern(SINGLE_LINE_PATTERN);
        }
        Arrays.stream(annotations).filter(DateWindow.class::isInstance).map(DateWindow.class::cast).findFirst()
                .ifPresent(window -> schema.setDescription(join(schema.getDescription(), "From " + window.yearsBack()
                        + " year(s) before to " + window.yearsAhead() + " year(s) after today.")));
        return schema;
    }

    private static String join(String description, String window) {
        return description == null || description.isBlank() ? window : description + " " + window;
    }
}
