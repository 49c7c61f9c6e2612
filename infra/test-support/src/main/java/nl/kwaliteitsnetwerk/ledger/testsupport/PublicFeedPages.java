package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reads a service's public feed over HTTP as the inspectorate, page by page, up to a position. */
public final class PublicFeedPages {

    private PublicFeedPages() {
    }

    /** The entries' JSON as served, from position 0 up to and including {@code upTo}, each checked against its schemas. */
    public static List<String> readUpTo(ApiClient api, long upTo) {
        List<String> entries = new ArrayList<>();
        long after = -1;
        while (after < upTo) {
            long from = after;
            JsonNode page = await().atMost(Duration.ofSeconds(30)).until(
                    () -> api.get("inspector", "/public-feed?after=" + from + "&limit=50").body(),
                    p -> p.path("entries").size() > 0);
            page.path("entries").forEach(entry -> entries.add(entry.toString()));
            after = page.path("last").asLong();
        }
        for (int i = 0; i < entries.size(); i++) {
            assertThat(PublicFeedEntry.fromJson(entries.get(i)).position()).as("gap-free from 0").isEqualTo(i);
            assertThat(PublicFeedSchemaCheck.violations(entries.get(i))).as(entries.get(i)).isEmpty();
        }
        return entries;
    }
}
