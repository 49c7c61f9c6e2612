package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import nl.kwaliteitsnetwerk.ledger.kernel.text.TextLimits;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.Map;

/**
 * Documents the limit every text of the API has ({@link TextLimits#MAX_LENGTH}) as {@code maxLength} on
 * every free text of every schema: not on enums and formatted values (dates, instants), whose
 * form bounds them already, and not where a smaller limit is declared.
 */
final class TextMaxLength implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().values().forEach(TextMaxLength::limit);
    }

    @SuppressWarnings("rawtypes")
    private static void limit(Schema schema) {
        if (schema == null) {
            return;
        }
        if (isFreeText(schema) && schema.getMaxLength() == null) {
            schema.setMaxLength(TextLimits.MAX_LENGTH);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(TextMaxLength::limit);
        }
        limit(schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema values) {
            limit(values);
        }
    }

    @SuppressWarnings("rawtypes")
    private static boolean isFreeText(Schema schema) {
        boolean string = "string".equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().contains("string"));
        return string && schema.getEnum() == null && schema.getFormat() == null && schema.get$ref() == null;
    }
}
