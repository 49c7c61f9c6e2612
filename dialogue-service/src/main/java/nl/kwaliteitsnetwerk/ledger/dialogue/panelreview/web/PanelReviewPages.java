package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.RecordPages;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.ui.BrowserPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;

/** The panel reviews the reader may see, and one panel review. */
@Controller
@BrowserPage
class PanelReviewPages {

    private static final String KIND = "panel-reviews";

    private final PanelReviewQueryController api;
    private final ObjectMapper mapper;

    PanelReviewPages(PanelReviewQueryController api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    @GetMapping("/ui/panel-reviews")
    @SignedIn
    String list(Caller caller, Model model) {
        return RecordPages.list(model, KIND, api.list(null, RecordPages.FIRST_PAGE, caller), mapper);
    }

    @GetMapping("/ui/panel-reviews/{panelReviewId}")
    @SignedIn
    String one(@PathVariable String panelReviewId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
               Caller caller, Model model) {
        return RecordPages.record(model, KIND, panelReviewId, api.get(panelReviewId, asOf, caller).getBody(),
                api.trail(panelReviewId, RecordPages.FIRST_PAGE, caller), mapper);
    }
}
