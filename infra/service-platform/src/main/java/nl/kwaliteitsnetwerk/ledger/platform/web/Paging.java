package nl.kwaliteitsnetwerk.ledger.platform.web;

import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblem;
import nl.kwaliteitsnetwerk.ledger.platform.errors.EdgeProblemException;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Which page of a list a client asks for ({@code ?after=<cursor>&limit=<n>}), as a handler argument.
 * The cursor is the sort key of the last item of the page before, so a page never repeats or skips an
 * item that was there when the walk began, whatever is added meanwhile. Every list of every service
 * pages this way, after the caller's access rule has been applied.
 */
public record Paging(String afterKey, int limit, String path) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /**
     * The page of {@code items} (those the caller may see) after the cursor, ordered by {@code key}, which
     * must be unique per item; with a link to the next page while more remain.
     */
    public <T> Page<T> page(List<T> items, Function<T, String> key) {
        List<T> ordered = items.stream()
                .filter(item -> afterKey == null || key.apply(item).compareTo(afterKey) > 0)
                .sorted(Comparator.comparing(key))
                .toList();
        if (ordered.size() <= limit) {
            return new Page<>(ordered, null);
        }
        List<T> page = ordered.subList(0, limit);
        return new Page<>(page, linkAfter(key.apply(page.get(limit - 1))));
    }

    /** A sort key for a number, such as a ledger position, that orders as the number does. */
    public static String numericKey(long value) {
        return String.format("%020d", value);
    }

    private String linkAfter(String lastKey) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
        return UriComponentsBuilder.fromUriString(path).replaceQueryParam("after", cursor)
                .replaceQueryParam("limit", limit).build().toUriString();
    }

    static String keyOf(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new EdgeProblemException(EdgeProblem.INVALID_CURSOR, EdgeProblem.INVALID_CURSOR.detail(), "after");
        }
    }
}
