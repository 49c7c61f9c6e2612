package nl.kwaliteitsnetwerk.ledger.testsupport;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The table of who may call each of a service's own operations, written the way
 * {@link OpenApiDocumentChecks#ownOperationRoles} reads it from the document ({@code "POST /path"} to the
 * {@code x-roles} array as JSON), so that a roles test lists decisions rather than JSON strings.
 */
public final class EndpointRoles {

    private final Map<String, String> table = new TreeMap<>();

    /** {@code operation} ({@code "POST /path"}) is open to exactly {@code roles}, stated in this order. */
    public EndpointRoles allow(String operation, Role... roles) {
        return state(operation, Arrays.stream(roles).map(Role::name).toList());
    }

    /** Each operation {@code prefix + step} is open to exactly {@code roles}. */
    public EndpointRoles allowEach(String prefix, List<String> steps, Role... roles) {
        steps.forEach(step -> allow(prefix + step, roles));
        return this;
    }

    /** Each {@code GET} of {@code paths} is open to everyone signed in; the access rule decides per record. */
    public EndpointRoles readableBySignedIn(String... paths) {
        Arrays.stream(paths).forEach(path -> state("GET " + path, List.of("signed-in")));
        return this;
    }

    public Map<String, String> table() {
        return new TreeMap<>(table);
    }

    private EndpointRoles state(String operation, List<String> roles) {
        table.put(operation, roles.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(",", "[", "]")));
        return this;
    }
}
