package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.*;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.Commands;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.ADMINISTRATOR;
import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.PROCESS_GUIDE;

/** Every step of a peer review; answers and version checks as for dialogues. */
@RestController
@RequestMapping("/peer-reviews")
@Tag(name = "Peer review")
class PeerReviewCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final Commands commands;

    PeerReviewCommandController(Commands commands) {
        this.commands = commands;
    }

    record StartRequest(@NotBlank String title, @NotNull @Valid Assessor processGuide,
                        @NotEmpty List<@NotNull PeerTeam> teams) {
    }

    record SessionRequest(@NotBlank String hostTeamId, @NotEmpty List<@NotBlank String> visitingTeamIds,
                          @NotEmpty List<@NotNull Participation> participants, @NotBlank String discussed) {
    }

    record TeamReportRequest(@NotBlank String outcomes, @NotBlank String reportText, String revisionReason) {
    }

    @PostMapping
    @Operation(summary = "Start a peer review: two or more teams, each with its own question, and a process guide")
    ResponseEntity<CommandAccepted> start(@Valid @RequestBody StartRequest body, Caller caller) {
        String id = UUID.randomUUID().toString();
        return commands.create(id, "/peer-reviews/" + id, new StartPeerReview(id, body.title(), body.processGuide(),
                body.teams(), caller.actingAs(ADMINISTRATOR)));
    }

    @PostMapping("/{peerReviewId}/sessions")
    @Operation(summary = "Record a session: the host team, the visiting teams, who took part (counted), what was discussed")
    ResponseEntity<CommandAccepted> session(@PathVariable String peerReviewId, @Valid @RequestBody SessionRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        String id = UUID.randomUUID().toString();
        return commands.send(peerReviewId, id, new HoldPeerSession(peerReviewId, id, body.hostTeamId(),
                body.visitingTeamIds(), body.participants(), body.discussed(), caller.actingAs(PROCESS_GUIDE),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{peerReviewId}/teams/{teamId}/report")
    @Operation(summary = "Record (or revise, with a reason) a team's report of its outcomes")
    ResponseEntity<CommandAccepted> teamReport(@PathVariable String peerReviewId, @PathVariable String teamId,
                                               @Valid @RequestBody TeamReportRequest body,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                               Caller caller) {
        return commands.send(peerReviewId, teamId, new RecordTeamReport(peerReviewId, teamId, body.outcomes(),
                body.reportText(), body.revisionReason(), caller.actingAs(PROCESS_GUIDE), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{peerReviewId}/completion")
    @Operation(summary = "Complete the peer review once every team has its report")
    ResponseEntity<CommandAccepted> complete(@PathVariable String peerReviewId,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             Caller caller) {
        return commands.send(peerReviewId, null, new CompletePeerReview(peerReviewId, caller.actingAs(PROCESS_GUIDE),
                Versions.fromIfMatch(ifMatch)));
    }
}
