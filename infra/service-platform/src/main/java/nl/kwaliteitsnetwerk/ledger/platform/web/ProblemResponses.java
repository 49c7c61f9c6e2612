package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every error an operation can answer, documented once as a shared {@code Problem} (RFC 9457
 * problem+json with the ledger's stable {@code code}) and referred to from each operation where it
 * applies: 400 where there is input, 404 where the path names something, 409 on commands, 413 and
 * 415 where there is a body, and 401, 403, 429 and 503 everywhere.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put("400", "The request is malformed or breaks a rule of its input (code names which)");
        RESPONSES.put("401", "No valid credentials were sent");
        RESPONSES.put("403", "The caller's role does not allow this request");
        RESPONSES.put("404", "Nothing the caller may see is at this address");
        RESPONSES.put("409", "The expected version (If-Match) is stale, or a business rule refuses the command");
        RESPONSES.put("413", "The request body is larger than the service accepts");
        RESPONSES.put("415", "The request body is not application/json");
        RESPONSES.put("429", "Too many requests or sign-in attempts; retry after Retry-After");
        RESPONSES.put("503", "The service cannot answer now; retry later");
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components.addSchemas(PROBLEM, problemSchema()));
        Map<String, ApiResponse> used = new TreeMap<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                RESPONSES.keySet().stream().filter(status -> applies(status, path, method, operation))
                        .forEach(status -> {
                            used.put(status, response(status));
                            ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
                                    : operation.getResponses();
                            operation.responses(responses.addApiResponse(status,
                                    new ApiResponse().$ref("#/components/responses/" + name(status))));
                        })));
        used.forEach((status, response) -> components.addResponses(name(status), response));
    }

    private static boolean applies(String status, String path, PathItem.HttpMethod method, Operation operation) {
        boolean body = operation.getRequestBody() != null;
        boolean command = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        return switch (status) {
            case "400" -> body || operation.getParameters() != null && !operation.getParameters().isEmpty();
            case "404" -> path.contains("{");
            case "409" -> command;
            case "413", "415" -> body;
            default -> true;
        };
    }

    /** The component name of a shared error response: {@code Problem404}. */
    static String name(String status) {
        return PROBLEM + status;
    }

    private static ApiResponse response(String status) {
        ApiResponse response = new ApiResponse().description(RESPONSES.get(status))
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        if (status.equals("429") || status.equals("503")) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                    .schema(new IntegerSchema()));
        }
        return response;
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri-reference").description("Identifies the kind of problem"));
        properties.put("title", new StringSchema().description("A short summary of the kind of problem"));
        properties.put("status", new IntegerSchema().description("The HTTP status"));
        properties.put("detail", new StringSchema().description("What went wrong with this request"));
        properties.put("instance", new StringSchema().format("uri-reference").description("The request's path"));
        properties.put("code", new StringSchema().description("The stable code of the problem, e.g. not-found, duplicate-key, unknown-field"));
        properties.put("field", new StringSchema().description("The input field at fault, where one is"));
        properties.put("errors", new ArraySchema().items(new ObjectSchema()
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema()))
                .description("Each invalid field with its message, for a body that fails validation"));
        properties.put("incident", new StringSchema().description("The id under which an unexpected failure was logged"));
        return new ObjectSchema().description("An error answer (RFC 9457 problem details)").properties(properties)
                .required(java.util.List.of("title", "status", "code"));
    }
}
