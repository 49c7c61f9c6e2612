package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every item of a paged list, page after page by its {@code next} links, as a client walks it: the tests of
 * a service share it, so what a test looks for need not be on the first page. No item may come twice.
 */
public final class Pages {

    private static final int MAX_PAGES = 1_000;

    private Pages() {
    }

    public static List<JsonNode> all(ApiClient api, String user, String path) {
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("pages of %s", path).isLessThan(MAX_PAGES);
            ApiClient.Response page = api.get(user, next);
            assertThat(page.status()).as("%s: %s", next, page.raw()).isEqualTo(200);
            page.body().path("items").forEach(items::add);
            next = page.body().path("next").isTextual() ? page.body().path("next").asText() : null;
        }
        assertThat(items).as("the items of %s, each once", path).doesNotHaveDuplicates();
        return items;
    }

    /** The value of {@code field} of every item of the list. */
    public static List<String> values(ApiClient api, String user, String path, String field) {
        return all(api, user, path).stream().map(item -> item.path(field).asText()).toList();
    }
}
