package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Schema names that cannot clash: a nested type (a controller's {@code Accepted} record) is named
 * after its enclosing type too ({@code CommitteeAccepted}), so two records with the same simple name
 * in two controllers no longer share one schema and document each other's shape. A holder of request
 * or response records ({@code Requests}, {@code AuditResponses}) adds no meaning and no prefix, nor
 * does an enclosing name the nested one already starts with ({@code FollowUp.FollowUpLine}); the
 * services' {@code OpenApiDocumentTest} proves the names stay unique.
 */
public final class SchemaNames extends TypeNameResolver {

    public static final SchemaNames INSTANCE = new SchemaNames();

    private SchemaNames() {
    }

    /** The schema name of {@code type}, unless an {@code @Schema(name = …)} names it. */
    public String nameOf(Class<?> type) {
        Schema named = type.getAnnotation(Schema.class);
        return named != null && !named.name().isBlank() ? named.name() : getNameOfClass(type);
    }

    @Override
    protected String getNameOfClass(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing == null || !type.getPackageName().startsWith("nl.kwaliteitsnetwerk")) {
            return super.getNameOfClass(type);
        }
        String prefix = getNameOfClass(enclosing).replaceFirst("Controller$", "");
        boolean holder = prefix.endsWith("Requests") || prefix.endsWith("Responses");
        return holder || type.getSimpleName().startsWith(prefix) ? type.getSimpleName() : prefix + type.getSimpleName();
    }
}
