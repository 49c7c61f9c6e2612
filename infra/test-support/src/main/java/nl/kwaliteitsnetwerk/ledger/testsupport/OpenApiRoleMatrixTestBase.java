package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may call what, generated from the service's own OpenAPI document: every operation × every configured user
 * (and no credentials) × (a record of one institution, a record of another, an unknown id), each with the
 * answer it must get:
 * <ul>
 *   <li>no credentials: 401 {@code unauthenticated};</li>
 *   <li>a role the operation's {@code x-roles} does not name: 403 {@code forbidden}, whatever the record;</li>
 *   <li>a named role and a record the caller may not see (its read answers 404), or a record of another kind
 *   (a panel review's id where a dialogue's is asked): exactly what an unknown id gets, status, code and
 *   detail (the id aside), so that no answer confirms the record exists;</li>
 *   <li>a named role and a record the caller sees: neither 401 nor a server error, and no {@code not-found}
 *   for it (a 404 for something the body names, such as an unknown team, is the service's rule).</li>
 * </ul>
 * The body sent is a sample of the operation's schema ({@link SchemaSamples}), so most calls reach the
 * service's rules. The service says which records its path variables name.
 */
public abstract class OpenApiRoleMatrixTestBase extends ServiceTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @Autowired
    private Environment environment;

    /** A user as the service's configuration ({@code qal.security.users}) holds it. */
    public record ConfiguredUser(String name, Set<String> roles) {
    }

    /**
     * The records to try each operation on, by the path variable that names them ({@code auditId}); made
     * afresh for the run, early in their lives, and already readable by their own people.
     */
    protected abstract List<Subject> subjects();

    /**
     * Records of one kind: the path variable that names them, the read that tells whether a caller may see
     * one ({@code /audits/{id}}), and two of them, of two institutions. A variable that takes a record of any
     * kind (the ledger's {@code aggregateId}) is {@code anyKind}: no id of another kind is unknown there.
     */
    public record Subject(String variable, String readTemplate, List<String> ids, boolean anyKind) {

        public Subject(String variable, String readTemplate, List<String> ids) {
            this(variable, readTemplate, ids, false);
        }

        /** The ledger's {@code aggregateId}, tried with these records. */
        public static Subject anyAggregate(String readTemplate, List<String> ids) {
            return new Subject("aggregateId", readTemplate, ids, true);
        }

        String read(String id) {
            return readTemplate.replace("{id}", id);
        }
    }

    private record Call(String method, String template, JsonNode operation, List<String> roles) {

        String said() {
            return method.toUpperCase() + " " + template;
        }
    }

    @Test
    void everyOperationAnswersEveryRoleAsItsDocumentStates() throws IOException {
        ApiClient api = api();
        JsonNode document = JSON.readTree(RawHttp.send(port, "GET", "/v3/api-docs", "admin", Map.of(), null).body());
        SchemaSamples samples = new SchemaSamples(document, clock);
        List<Subject> subjects = subjects();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> rows = new TreeMap<>();
        for (Call call : calls(document)) {
            assertThat(call.roles()).as("x-roles of " + call.said()).isNotEmpty();
            assertThat(call.method()).as("the matrix sends GET and POST only: " + call.said()).isIn("get", "post");
            Subject subject = subjectOf(call.template(), subjects);
            JsonNode body = samples.requestBody(call.operation());
            expect(failures, rows, call, "no credentials", send(api, call, null, subject, "unknown", body), 401, "unauthenticated");
            for (ConfiguredUser user : users()) {
                boolean named = call.roles().contains("signed-in") || user.roles().stream().anyMatch(call.roles()::contains);
                List<String> ids = new ArrayList<>(subject == null ? List.of() : subject.ids());
                if (!named) {
                    ids.add(UUID.randomUUID().toString());
                    for (String id : ids) {
                        expect(failures, rows, call, user.name() + " on " + id,
                                send(api, call, user.name(), subject, id, body), 403, "forbidden");
                    }
                } else if (!streams(call)) {
                    checkNamedRole(api, call, user.name(), subject, otherKinds(subject, subjects), body, failures, rows);
                }
            }
        }
        LoggerFactory.getLogger(getClass()).info("role matrix: {}", rows);
        assertThat(rows).as("rows of the matrix").isNotEmpty();
        assertThat(failures).as("answers against the document's roles").isEmpty();
    }

    private List<ConfiguredUser> users() {
        List<ConfiguredUser> users = Binder.get(environment)
                .bind("qal.security.users", Bindable.listOf(ConfiguredUser.class)).orElse(List.of());
        assertThat(users).as("the configured users").isNotEmpty();
        return users;
    }

    private void checkNamedRole(ApiClient api, Call call, String user, Subject subject, List<String> otherKinds,
                                JsonNode body, List<String> failures, Map<String, Integer> rows) {
        ApiClient.Response unknown = send(api, call, user, subject, UUID.randomUUID().toString(), body);
        if (unknown.status() >= 500 || unknown.status() == 401 || unknown.status() == 403) {
            failures.add(call.said() + " as " + user + " on an unknown id: " + unknown.status() + " " + unknown.raw());
            return;
        }
        if (subject == null) {
            rows.merge("allowed " + unknown.status(), 1, Integer::sum);
            return;
        }
        for (String id : otherKinds) {
            ApiClient.Response answer = send(api, call, user, subject, id, body);
            if (!sameRefusal(answer, unknown, id)) {
                failures.add(call.said() + " as " + user + " on " + id + " (a record of another kind): "
                        + answer.status() + " " + answer.raw() + ", but an unknown id: " + unknown.status() + " " + unknown.raw());
            }
            rows.merge("another kind, " + answer.status(), 1, Integer::sum);
        }
        for (String id : subject.ids()) {
            boolean sees = api.get(user, subject.read(id)).status() == 200;
            ApiClient.Response answer = send(api, call, user, subject, id, body);
            String said = call.said() + " as " + user + " on " + id + (sees ? " (sees it)" : " (may not see it)");
            if (answer.status() >= 500 || answer.status() == 401) {
                failures.add(said + ": " + answer.status() + " " + answer.raw());
            } else if (!sees && !sameRefusal(answer, unknown, id)) {
                failures.add(said + ": " + answer.status() + " " + answer.raw() + ", but an unknown id: "
                        + unknown.status() + " " + unknown.raw());
            } else if (sees && answer.status() == 404 && answer.body().path("code").asText().equals("not-found")
                    && SchemaSamples.variables(call.template()).size() == 1) {
                failures.add(said + ": 404 " + answer.raw());
            }
            rows.merge((sees ? "sees, " : "hidden, ") + answer.status(), 1, Integer::sum);
            if (answer.status() / 100 == 2 && !call.method().equals("get")) {
                awaitReadOf(api, user, subject.read(id), answer.etag());
            }
        }
    }

    /** A change that succeeded reaches the reads before the next row asks who sees the record. */
    private static void awaitReadOf(ApiClient api, String user, String read, String etag) {
        if (etag == null) {
            return;
        }
        long version = Long.parseLong(etag.replace("\"", ""));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            ApiClient.Response seen = api.get(user, read);
            return seen.status() != 200 || seen.etag() == null
                    || Long.parseLong(seen.etag().replace("\"", "")) >= version;
        });
    }

    private static boolean sameRefusal(ApiClient.Response hidden, ApiClient.Response unknown, String id) {
        return hidden.status() == unknown.status()
                && hidden.body().path("code").asText().equals(unknown.body().path("code").asText())
                && hidden.body().path("detail").asText().replace(id, "{id}")
                .equals(unknown.body().path("detail").asText().replaceAll(
                        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}"));
    }

    private static void expect(List<String> failures, Map<String, Integer> rows, Call call, String who,
                               ApiClient.Response answer, int status, String code) {
        rows.merge(status + " " + code, 1, Integer::sum);
        if (answer.status() != status || !answer.isProblem() || !code.equals(answer.body().path("code").asText())) {
            failures.add(call.said() + " " + who + ": expected " + status + " " + code + ", got " + answer.status()
                    + " " + answer.raw());
        }
    }

    private static ApiClient.Response send(ApiClient api, Call call, String user, Subject subject, String id, JsonNode body) {
        String target = call.template();
        for (String variable : SchemaSamples.variables(call.template())) {
            boolean named = subject != null && subject.variable().equals(variable);
            target = target.replace("{" + variable + "}", named ? id : valueFor(call.operation(), variable));
        }
        return call.method().equals("get") ? api.get(user, target)
                : api.post(user, target, body == null ? "" : body.toString());
    }

    /** A path variable that names no record of the matrix: a number where the document asks one, else a fresh id. */
    private static String valueFor(JsonNode operation, String variable) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals(variable)
                    && parameter.path("schema").path("type").asText().equals("integer")) {
                return "1";
            }
        }
        return UUID.randomUUID().toString();
    }

    /** The ids of records of other kinds than {@code subject}'s: each must be unknown where {@code subject}'s are asked. */
    private static List<String> otherKinds(Subject subject, List<Subject> subjects) {
        if (subject == null || subject.anyKind()) {
            return List.of();
        }
        return subjects.stream().filter(other -> !other.anyKind() && !other.readTemplate().equals(subject.readTemplate()))
                .flatMap(other -> other.ids().stream()).filter(id -> !subject.ids().contains(id)).distinct().toList();
    }

    private static Subject subjectOf(String template, List<Subject> subjects) {
        List<String> variables = SchemaSamples.variables(template);
        return subjects.stream().filter(subject -> !variables.isEmpty() && variables.get(0).equals(subject.variable()))
                .findFirst().orElse(null);
    }

    private static boolean streams(Call call) {
        return call.operation().path("responses").toString().contains("text/event-stream");
    }

    private static List<Call> calls(JsonNode document) {
        List<Call> calls = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    List<String> roles = new ArrayList<>();
                    operation.path("x-roles").forEach(role -> roles.add(role.asText()));
                    calls.add(new Call(method, path.getKey(), operation, roles));
                }
            }
        }
        return calls;
    }
}
