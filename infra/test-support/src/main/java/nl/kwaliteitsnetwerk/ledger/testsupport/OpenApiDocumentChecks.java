package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's OpenAPI document must hold: no internal parameter, operation ids that are
 * unique and named, 201 with Location on the creates, a problem response for every error, and no
 * two classes under one schema name.
 */
public final class OpenApiDocumentChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COUNTED_ID = Pattern.compile(".*_\\d+$");
    private static final String OWN_PACKAGE = "nl.kwaliteitsnetwerk";

    private OpenApiDocumentChecks() {
    }

    /** The service's document, fetched as a client would and written to target/openapi/{service}.json for the linter. */
    public static JsonNode fetchAndWrite(ApiClient api, String service) {
        ApiClient.Response answer = api.get(null, "/v3/api-docs");
        assertThat(answer.status()).as("GET /v3/api-docs").isEqualTo(200);
        try {
            Path file = Path.of("target", "openapi", service + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer.body();
    }

    /** Every operation of the document, as "METHOD /path", with its operation object. */
    public static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (method.getValue().has("responses")) {
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    public static void noInternalParameters(JsonNode document, String... internalNames) {
        Set<String> internal = Set.of(internalNames);
        operations(document).forEach((operation, body) -> body.path("parameters").forEach(parameter ->
                assertThat(parameter.path("name").asText()).as("a parameter of " + operation)
                        .isNotIn(internal)));
        assertThat(document.toString()).doesNotContain("\"name\":\"caller\"");
    }

    public static void operationIdsAreUniqueAndNamed(JsonNode document) {
        List<String> ids = new ArrayList<>();
        operations(document).forEach((operation, body) -> {
            String id = body.path("operationId").asText("");
            assertThat(id).as("the operation id of " + operation).isNotBlank().doesNotMatch(COUNTED_ID);
            ids.add(id);
        });
        assertThat(ids).doesNotHaveDuplicates();
    }

    /** The creates answer 201 with Location and nothing documents 201 that is not a create. */
    public static void createsAnswer201(JsonNode document, String... creates) {
        Set<String> expected = new TreeSet<>(List.of(creates));
        Set<String> documented = new TreeSet<>();
        operations(document).forEach((operation, body) -> {
            JsonNode created = body.path("responses").path("201");
            if (!created.isMissingNode()) {
                documented.add(operation);
                assertThat(created.path("headers").has("Location")).as("Location on 201 of " + operation).isTrue();
                assertThat(body.path("responses").has("200")).as("200 beside 201 on " + operation).isFalse();
            }
        });
        assertThat(documented).isEqualTo(expected);
    }

    /** Every operation documents its errors as the shared problem, each status where it applies. */
    public static void errorsAreProblems(JsonNode document) {
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").has("code")).as("the Problem schema names a code").isTrue();
        operations(document).forEach((operation, body) -> {
            JsonNode responses = body.path("responses");
            Set<String> statuses = new TreeSet<>();
            responses.fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).as("the responses of " + operation).contains("401", "403", "429", "503");
            if (operation.contains("{")) {
                assertThat(statuses).as("the responses of " + operation).contains("404");
            }
            if (body.has("requestBody")) {
                assertThat(statuses).as("the responses of " + operation).contains("400", "413", "415");
            }
            if (!operation.startsWith("GET ")) {
                assertThat(statuses).as("the responses of " + operation).contains("409");
            }
            statuses.stream().filter(status -> status.startsWith("4") || status.startsWith("5")).forEach(status -> {
                JsonNode response = resolve(document, responses.path(status));
                assertThat(response.path("content").path("application/problem+json").path("schema").path("$ref")
                        .asText()).as(status + " of " + operation).isEqualTo("#/components/schemas/Problem");
            });
        });
    }

    /** Every operation says who may call it ({@code x-roles}: role names, or {@code signed-in}), from its handler. */
    public static void everyOperationStatesItsRoles(JsonNode document) {
        operations(document).forEach((operation, body) -> {
            JsonNode roles = body.path("x-roles");
            assertThat(roles.isArray() && !roles.isEmpty()).as("x-roles of " + operation).isTrue();
        });
    }

    /**
     * The platform's own operations, which every service serves, with the roles they have always had: pinned
     * here, because the role matrix takes its expectations from the same {@code x-roles} it checks.
     */
    private static final Map<String, String> PLATFORM_ROLES = new EndpointRoles()
            .readableBySignedIn("/ledger/verification", "/ledger/verification/latest",
                    "/ledger/aggregates/{aggregateId}/verification", "/ledger/public-key", "/ledger/digests/latest",
                    "/ledger/commits/{position}/inclusion-proof", "/public-feed/schemas", "/public-feed/schemas/{name}",
                    "/frameworks")
            .allow("POST /ledger/digests", Role.ADMINISTRATOR)
            .allow("GET /ledger/export", Role.ADMINISTRATOR)
            // the durable deadlines that could not fire, every service's (issue 16)
            .allow("GET /deadlines/parked", Role.ADMINISTRATOR)
            .allow("POST /deadlines/parked/{id}/re-arm", Role.ADMINISTRATOR)
            .allowEach("GET /public-feed", List.of("", "/stream"), Role.INSPECTORATE)
            .table();

    public static void platformOperationsStateTheirRoles(JsonNode document) {
        Map<String, String> documented = new TreeMap<>(statedRoles(document));
        documented.keySet().retainAll(PLATFORM_ROLES.keySet());
        assertThat(documented).isEqualTo(new TreeMap<>(PLATFORM_ROLES));
    }

    /**
     * The roles each of the service's own operations states ({@code x-roles}, as JSON), the platform's left
     * out: for a service's pinned table of who may call what.
     */
    public static Map<String, String> ownOperationRoles(JsonNode document) {
        Map<String, String> own = new TreeMap<>(statedRoles(document));
        own.keySet().removeAll(PLATFORM_ROLES.keySet());
        return own;
    }

    private static Map<String, String> statedRoles(JsonNode document) {
        Map<String, String> stated = new TreeMap<>();
        operations(document).forEach((operation, body) -> stated.put(operation, body.path("x-roles").toString()));
        return stated;
    }

    /**
     * No answer is a bare array: every list is a page ({@code items} and a {@code next} link) taking the
     * {@code after} cursor and a {@code limit}.
     */
    public static void listsArePaged(JsonNode document) {
        operations(document).forEach((operation, body) -> body.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    assertThat(schema.path("type").asText()).as("the answer of " + operation).isNotEqualTo("array");
                    JsonNode shape = resolve(document, schema);
                    if (shape.path("properties").has("items")) {
                        assertThat(shape.path("properties").has("next")).as("the next link of " + operation).isTrue();
                        Set<String> parameters = new TreeSet<>();
                        body.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asText()));
                        assertThat(parameters).as("the paging parameters of " + operation).contains("after", "limit");
                    }
                });
            }
        }));
    }

    /**
     * The platform's own constraints are documented as springdoc documents {@code @Size}: one-line fields as a
     * pattern, date windows in words. Every service has both, so a document without them lost them.
     */
    public static void oneLineFieldsAndDateWindowsAreDocumented(JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.findValuesAsText("pattern")).as("one-line fields' patterns")
                .anyMatch(pattern -> pattern.contains("\\u2028\\u2029"));
        assertThat(schemas.findValuesAsText("description")).as("date windows")
                .anyMatch(description -> description.contains("year(s) before to"));
    }

    /** Every free text of every schema (no enum, no format) documents a maximum length. */
    public static void freeTextHasAMaximumLength(JsonNode document) {
        document.path("components").path("schemas").fields().forEachRemaining(schema ->
                schema.getValue().path("properties").fields().forEachRemaining(property -> {
                    JsonNode value = property.getValue();
                    boolean freeText = value.path("type").asText().equals("string") && value.path("enum").isMissingNode()
                            && value.path("format").isMissingNode();
                    if (freeText) {
                        assertThat(value.path("maxLength").isInt()).as(schema.getKey() + "." + property.getKey()).isTrue();
                    }
                }));
    }

    /** Every successful answer names its shape: no bare {@code object}, no wildcard media type, no framework type. */
    public static void answersAreTyped(JsonNode document) {
        operations(document).forEach((operation, body) -> body.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    String where = response.getKey() + " of " + operation;
                    assertThat(media.getKey()).as("the media type of " + where).isNotEqualTo("*/*");
                    assertThat(schema.toString()).as("the schema of " + where)
                            .isNotEqualTo("{\"type\":\"object\"}").doesNotContain("SseEmitter");
                });
            }
        }));
    }

    /**
     * No two distinct classes reachable from the handlers' bodies and answers share a schema name:
     * springdoc would silently document one under the other's shape.
     */
    public static void schemaNamesAreUnique(RequestMappingHandlerMapping handlers, Function<Class<?>, String> schemaName) {
        Set<Class<?>> reachable = new HashSet<>();
        for (HandlerMethod handler : handlers.getHandlerMethods().values()) {
            collect(handler.getMethod().getGenericReturnType(), reachable);
            for (Type parameter : handler.getMethod().getGenericParameterTypes()) {
                collect(parameter, reachable);
            }
        }
        Map<String, Set<String>> classesByName = new HashMap<>();
        reachable.forEach(type -> classesByName.computeIfAbsent(schemaName.apply(type), name -> new TreeSet<>())
                .add(type.getName()));
        assertThat(reachable).as("types reachable from the handlers").isNotEmpty();
        classesByName.forEach((name, classes) -> assertThat(classes).as("classes named " + name).hasSize(1));
    }

    private static void collect(Type type, Set<Class<?>> reachable) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), reachable);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, reachable);
            }
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), reachable);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, reachable);
            }
        } else if (type instanceof Class<?> cls) {
            if (cls.isArray()) {
                collect(cls.getComponentType(), reachable);
            } else if (cls.getName().startsWith(OWN_PACKAGE) && reachable.add(cls)) {
                if (cls.isRecord()) {
                    for (RecordComponent component : cls.getRecordComponents()) {
                        collect(component.getGenericType(), reachable);
                    }
                } else if (!cls.isEnum()) {
                    for (Field field : cls.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())) {
                            collect(field.getGenericType(), reachable);
                        }
                    }
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
