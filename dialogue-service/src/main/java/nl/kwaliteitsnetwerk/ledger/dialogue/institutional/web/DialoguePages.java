package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

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

/** The dialogue service's start page (the institutional dialogues the reader may see) and one dialogue. */
@Controller
@BrowserPage
class DialoguePages {

    private static final String KIND = "dialogues";

    private final DialogueQueryController api;
    private final ObjectMapper mapper;

    DialoguePages(DialogueQueryController api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    @GetMapping({"/ui", "/ui/dialogues"})
    @SignedIn
    String list(Caller caller, Model model) {
        return RecordPages.list(model, KIND, api.list(null, null, RecordPages.FIRST_PAGE, caller), mapper);
    }

    @GetMapping("/ui/dialogues/{dialogueId}")
    @SignedIn
    String one(@PathVariable String dialogueId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
               Caller caller, Model model) {
        return RecordPages.record(model, KIND, dialogueId, api.get(dialogueId, asOf, caller).getBody(),
                api.trail(dialogueId, RecordPages.FIRST_PAGE, caller), mapper);
    }
}
