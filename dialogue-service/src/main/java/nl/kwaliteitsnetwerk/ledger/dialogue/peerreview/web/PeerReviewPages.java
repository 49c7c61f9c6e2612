package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.web;

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

/** The peer reviews the reader may see, and one peer review. */
@Controller
@BrowserPage
class PeerReviewPages {

    private static final String KIND = "peer-reviews";

    private final PeerReviewQueryController api;
    private final ObjectMapper mapper;

    PeerReviewPages(PeerReviewQueryController api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    @GetMapping("/ui/peer-reviews")
    @SignedIn
    String list(Caller caller, Model model) {
        return RecordPages.list(model, KIND, api.list(null, RecordPages.FIRST_PAGE, caller), mapper);
    }

    @GetMapping("/ui/peer-reviews/{peerReviewId}")
    @SignedIn
    String one(@PathVariable String peerReviewId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
               Caller caller, Model model) {
        return RecordPages.record(model, KIND, peerReviewId, api.get(peerReviewId, asOf, caller).getBody(),
                api.trail(peerReviewId, RecordPages.FIRST_PAGE, caller), mapper);
    }
}
