package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input gives a 500: every operation of the service's own OpenAPI document is sent hostile bodies
 * (after the schema with wrong types, huge and fractional numbers, nulls; deep arrays, a repeated key, an
 * unknown field, a lone surrogate, invalid UTF-8, 300 KB), hostile path values ({@code %00}, {@code ..%2f},
 * a bad percent-encoding, very long, unicode) and hostile query values and If-Match headers, as several
 * roles and without credentials. Every answer is below 500 and, from 400 on, problem+json with a {@code code}.
 * Bounded and repeatable: a fixed number of requests per operation, from a seed fixed per operation.
 */
public abstract class OpenApiFuzzTestBase extends ServiceTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final List<String> HOSTILE_SEGMENTS = List.of("%00", "..%2f..%2fetc%2fpasswd", "%2e%2e", "%zz", "%ff%fe",
            "a".repeat(6_000), "%E2%80%AEevil", "%F0%9F%92%A9", "-1", "99999999999999999999999", "%0d%0aX-Injected:%201",
            "%ed%a0%80", "null", "%20", ";jsessionid=1", "%5C..%5C");
    private static final List<String> HOSTILE_QUERY = List.of("%00", "-1", "99999999999999999999", "1.5", "+99999-01-01",
            "1900-01-01", "2027-02-30", "%E2%80%AE", "%ed%a0%80", "%zz", "x".repeat(5_000), "true", "", "%0d%0a",
            "2027-01-01T00:00:00Z", "1e400");
    private static final List<String> HOSTILE_IF_MATCH = List.of("\"1\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"",
            "*", "garbage", "\"\"");
    /** Requests per operation and run. */
    private static final int PER_OPERATION = 8;

    /** The users requests are sent as; {@code null} sends none. */
    protected List<String> users() {
        return java.util.Arrays.asList(null, "admin", "lead", "auditor", "roc", "council", "committee", "inspector",
                "chair", "guide", "panel-chair", "vc-chair", "board");
    }

    @Test
    void noInputToAnyOperationGivesAServerErrorAndEveryRefusalIsAProblemWithACode() throws IOException {
        RawHttp.Answer docs = RawHttp.send(port, "GET", "/v3/api-docs", "admin", Map.of(), null);
        assertThat(docs.status()).as("the OpenAPI document").isEqualTo(200);
        JsonNode openApi = JSON.readTree(docs.body());
        List<String> failures = new ArrayList<>();
        Map<String, Integer> answers = new TreeMap<>();
        int operations = 0;
        int requests = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null || streams(operation)) {
                    continue;
                }
                operations++;
                Random random = new Random((method + " " + path.getKey()).hashCode());
                String permitted = permittedUser(method, path.getKey());
                for (int round = 0; round < PER_OPERATION; round++) {
                    Request request = request(openApi, path.getKey(), method, path.getValue(), operation, round, random,
                            permitted);
                    requests++;
                    check(request, failures, answers);
                }
            }
        }
        LoggerFactory.getLogger(getClass()).info("{} requests to {} operations answered {}", requests, operations, answers);
        assertThat(operations).as("operations in the OpenAPI document").isPositive();
        assertThat(failures).as("answers out of " + requests + " requests to " + operations + " operations").isEmpty();
    }

    /** The first user whose role the endpoint lets in (an empty body or a made-up id answers, but not 401 or 403). */
    private String permittedUser(String method, String template) {
        String target = template.replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
        boolean body = !method.equals("get") && !method.equals("delete");
        for (String user : users()) {
            if (user == null) {
                continue;
            }
            try {
                RawHttp.Answer answer = RawHttp.send(port, method.toUpperCase(), target, user,
                        body ? Map.of("Content-Type", "application/json") : Map.of(),
                        body ? "{}".getBytes(StandardCharsets.UTF_8) : null);
                if (answer.status() != 401 && answer.status() != 403) {
                    return user;
                }
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private record Request(String method, String target, String user, Map<String, String> headers, byte[] body, String what) {
    }

    private Request request(JsonNode openApi, String template, String method, JsonNode pathItem, JsonNode operation,
                            int round, Random random, String permitted) {
        HostileJson generator = new HostileJson(openApi, random);
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        boolean hostilePath = round % 3 == 2;
        String target = template;
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> target = target.replace("{" + name + "}", hostilePath
                        ? pick(HOSTILE_SEGMENTS, random) : plausible(parameter.path("schema"), random));
                case "query" -> {
                    if (random.nextInt(3) > 0) {
                        query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(random.nextBoolean()
                                ? pick(HOSTILE_QUERY, random) : plausible(parameter.path("schema"), random));
                    }
                }
                case "header" -> {
                    if (name.equalsIgnoreCase("If-Match") && random.nextBoolean()) {
                        headers.put("If-Match", pick(HOSTILE_IF_MATCH, random));
                    }
                }
                default -> {
                }
            }
        }
        if (random.nextInt(4) == 0) {
            query.append(query.isEmpty() ? '?' : '&').append("unknown%00=").append(pick(HOSTILE_QUERY, random));
        }
        target = target.replaceAll("\\{[^}]*}", "x");
        // the body rounds go as a user the endpoint lets in, so the body is read at all; the others as anyone
        String user = round >= 1 && round <= 6 && permitted != null ? permitted : users().get(random.nextInt(users().size()));
        byte[] body = null;
        String what = "round " + round;
        if (!method.equals("get") && !method.equals("delete")) {
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            headers.put("Content-Type", round == 7 ? "text/plain" : "application/json");
            String text = body(generator, schema, round, random);
            what += ", body " + abbreviate(text);
            body = round == 5 ? invalidUtf8(text) : text.getBytes(StandardCharsets.UTF_8);
        }
        return new Request(method.toUpperCase(), target + query, user, headers, body, what);
    }

    private static String body(HostileJson generator, JsonNode schema, int round, Random random) {
        return switch (round) {
            case 0 -> HostileJson.write(generator.after(schema, 0.0));
            case 1 -> duplicateKey(HostileJson.write(generator.after(schema, 0.0)));
            case 2 -> {
                JsonNode body = generator.after(schema, 0.0);
                if (body instanceof ObjectNode object) {
                    object.put("unknownField" + random.nextInt(100), "x");
                }
                yield HostileJson.write(body);
            }
            case 3 -> HostileJson.write(generator.after(schema, 0.6));
            case 4 -> random.nextBoolean() ? "{\"text\":\"" + "x".repeat(300 * 1024) + "\"}" : HostileJson.deepArrays(5_000);
            case 5 -> HostileJson.write(generator.after(schema, 0.3));
            case 6 -> random.nextBoolean() ? HostileJson.write(generator.anything(4)) : "{\"text\":\"\\ud800\",";
            default -> HostileJson.write(generator.after(schema, 0.1));
        };
    }

    /** Repeats the first key of an object after all of its fields, as the request did. */
    private static String duplicateKey(String object) {
        if (!object.startsWith("{\"") || !object.endsWith("}")) {
            return "{\"text\":\"a\",\"text\":\"b\"}";
        }
        String key = object.substring(1, object.indexOf("\":") + 2);
        return object.substring(0, object.length() - 1) + (object.length() > 2 ? "," : "") + key + "\"b\"}";
    }

    private static byte[] invalidUtf8(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[utf8.length + 3];
        int at = Math.max(0, text.indexOf("\"A1\"") + 1);
        System.arraycopy(utf8, 0, broken, 0, at);
        broken[at] = (byte) 0xED;
        broken[at + 1] = (byte) 0xA0;
        broken[at + 2] = (byte) 0x80;
        System.arraycopy(utf8, at, broken, at + 3, utf8.length - at);
        return broken;
    }

    private static String plausible(JsonNode schema, Random random) {
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText();
        }
        return switch (schema.path("type").asText("string")) {
            case "integer", "number" -> String.valueOf(random.nextInt(5));
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> format.startsWith("date-time") ? "2027-03-01T10:00:00Z"
                    : format.equals("date") ? "2027-03-01" : UUID.randomUUID().toString();
        };
    }

    private static boolean streams(JsonNode operation) {
        return operation.path("responses").toString().contains("text/event-stream");
    }

    private void check(Request request, List<String> failures, Map<String, Integer> answers) {
        String said = request.method() + " " + abbreviate(request.target()) + " as " + request.user() + " (" + request.what() + ")";
        RawHttp.Answer answer;
        try {
            answer = RawHttp.send(port, request.method(), request.target(), request.user(), request.headers(), request.body());
        } catch (IOException | RuntimeException e) {
            failures.add(said + ": no answer: " + e);
            return;
        }
        answers.merge(answer.status() + " " + code(answer), 1, Integer::sum);
        if (answer.status() >= 500) {
            failures.add(said + ": " + answer.status() + " " + abbreviate(answer.body()));
        } else if (answer.status() >= 400 && !isProblemWithCode(answer)) {
            failures.add(said + ": " + answer.status() + " without a problem code: " + answer.contentType() + " "
                    + abbreviate(answer.body()));
        }
    }

    private static boolean isProblemWithCode(RawHttp.Answer answer) {
        return answer.contentType().startsWith("application/problem+json") && !code(answer).isEmpty();
    }

    private static String code(RawHttp.Answer answer) {
        try {
            return answer.contentType().contains("json") ? JSON.readTree(answer.body()).path("code").asText("") : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String text) {
        String escaped = HostileText.escaped(text);
        return escaped.length() > 160 ? escaped.substring(0, 160) + "...(" + text.length() + ")" : escaped;
    }
}
