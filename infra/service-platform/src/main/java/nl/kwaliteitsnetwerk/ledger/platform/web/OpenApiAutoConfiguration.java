package nl.kwaliteitsnetwerk.ledger.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.filters.GlobalOpenApiMethodFilter;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The OpenAPI document at {@code /v3/api-docs}, with both ways to authenticate; resolved arguments
 * (the {@code Caller}) hidden, schema names unique, creates answering 201, every error a shared
 * problem, operation ids named after their handlers, and framework types (a server-sent event stream,
 * a raw JSON value) documented as what travels. The customizers are imported as they are, each a class of
 * its own, in the order springdoc applies them.
 */
@AutoConfiguration
@Import({ResolvedArgumentsHidden.class, ResolvedArgumentsDocumented.class, ConstraintsDocumented.class, RolesDocumented.class,
        CreatedResponses.class, OperationIds.class, ProblemResponses.class, TextMaxLength.class})
public class OpenApiAutoConfiguration {

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(SseEmitter.class, new StringSchema()
                        .description("A stream of server-sent events, each data line one JSON document"))
                .replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value"));
    }

    @Bean
    @ConditionalOnMissingBean
    public OpenAPI ledgerOpenApi(@Value("${spring.application.name:service}") String service,
                                 @Value("${qal.api.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title("Quality Audit Ledger: " + service).version("v1").description(description))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** The error controller answers Spring's error dispatch, not a client: it is no operation of the API. */
    @Bean
    GlobalOpenApiMethodFilter errorControllerHidden() {
        return method -> !ErrorController.class.isAssignableFrom(method.getDeclaringClass());
    }

    /**
     * Swagger's own model resolver with {@link SchemaNames}: springdoc swaps it for the default one
     * (same class), and registered first it stays last in the chain, behind springdoc's converters.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelConverter uniqueSchemaNames(SpringDocConfigProperties springDoc) {
        boolean openapi31 = springDoc.isOpenapi31();
        ObjectMapper mapper = openapi31 ? Json31.mapper() : Json.mapper();
        return new ModelResolver(mapper, SchemaNames.INSTANCE).openapi31(openapi31);
    }
}
