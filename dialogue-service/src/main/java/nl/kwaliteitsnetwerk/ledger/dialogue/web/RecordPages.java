package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import org.springframework.ui.Model;

import java.util.List;

/**
 * The reading pages of the three instruments (dialogues, peer reviews, panel reviews), one shape for all: a list
 * of what the reader may see, and one record as the API discloses it to them with its trail as a timeline. The
 * pages call the API's own query handlers, so they show exactly what the API shows that reader.
 */
public final class RecordPages {

    /** The pages show the first {@value Paging#MAX_LIMIT} of a list or a trail; the API pages through the rest. */
    public static final Paging FIRST_PAGE = new Paging(null, Paging.MAX_LIMIT, "/ui");

    private RecordPages() {
    }

    /** {@code kind} is the path segment and message key of the instrument: dialogues, peer-reviews, panel-reviews. */
    public static String list(Model model, String kind, Page<?> summaries, ObjectMapper mapper) {
        model.addAttribute("kind", kind);
        model.addAttribute("records", mapper.valueToTree(summaries.items()));
        model.addAttribute("more", summaries.next() != null);
        return "dialogue/list";
    }

    public static String record(Model model, String kind, String id, Object disclosed, Page<TrailEntry> trail,
                                ObjectMapper mapper) {
        JsonNode record = mapper.valueToTree(disclosed);
        List<TrailEntry> entries = trail.items();
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("record", record);
        model.addAttribute("entries", entries);
        model.addAttribute("more", trail.next() != null);
        return "dialogue/record";
    }
}
