package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.*;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.AssessorRequest;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.ParticipationRequest;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandSender;
import nl.kwaliteitsnetwerk.ledger.platform.web.ExpectedVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.ADMINISTRATOR;
import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.PROCESS_GUIDE;

/**
 * Every step of a peer review; answers and version checks as for dialogues. Whether the caller is this
 * review's process guide is a rule of the review itself.
 */
@RestController
@RequestMapping("/peer-reviews")
@Tag(name = "Peer review")
class PeerReviewCommandController {

    private final CommandSender commands;

    PeerReviewCommandController(CommandSender commands) {
        this.commands = commands;
    }

    record StartRequest(@NotBlank @SingleLine @Size(max = FieldLimits.NAME) String title,
                        @NotNull @Valid AssessorRequest processGuide,
                        @NotEmpty @Size(max = 50) List<@NotNull @Valid TeamRequest> teams) {

        List<PeerTeam> teamList() {
            return teams.stream().map(TeamRequest::toTeam).toList();
        }
    }

    /** A team and its own question; whether it is complete is a rule of the review. */
    record TeamRequest(@SingleLine @Size(max = FieldLimits.CODE) String teamId,
                       @SingleLine @Size(max = FieldLimits.NAME) String name, TeamLevel level,
                       @Valid TeamInstitution institution,
                       @Size(max = FieldLimits.QUESTION) String researchQuestion) {

        PeerTeam toTeam() {
            return new PeerTeam(teamId, name, level, institution == null ? null : institution.toRef(), researchQuestion);
        }
    }

    record TeamInstitution(@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String code,
                           @Positive @Max(FieldLimits.MAX_BOARD_NUMBER) int boardNumber,
                           @NotBlank @SingleLine @Size(max = FieldLimits.NAME) String name) {

        InstitutionRef toRef() {
            return new InstitutionRef(code, boardNumber, name);
        }
    }

    record SessionRequest(@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String hostTeamId,
                          @NotEmpty @Size(max = 50)
                          List<@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String> visitingTeamIds,
                          @NotEmpty @Size(max = 50) List<@NotNull @Valid ParticipationRequest> participants,
                          @NotBlank String discussed) {
    }

    record TeamReportRequest(@NotBlank String outcomes, @NotBlank String reportText, String revisionReason) {
    }

    @PostMapping
    @Allowed(ADMINISTRATOR)
    @Operation(summary = "Start a peer review: two or more teams, each with its own question, and a process guide")
    ResponseEntity<CommandAccepted> start(@Valid @RequestBody StartRequest body, Actor actor) {
        String id = UUID.randomUUID().toString();
        return commands.create(id, "/peer-reviews/" + id, new StartPeerReview(id, body.title(),
                body.processGuide().toAssessor(), body.teamList(), actor));
    }

    @PostMapping("/{peerReviewId}/sessions")
    @Allowed(PROCESS_GUIDE)
    @Operation(summary = "Record a session: the host team, the visiting teams, who took part (counted), what was discussed")
    ResponseEntity<CommandAccepted> session(@PathVariable String peerReviewId, @Valid @RequestBody SessionRequest body,
                                            ExpectedVersion expected, Actor actor) {
        String id = UUID.randomUUID().toString();
        return commands.send(peerReviewId, id, new HoldPeerSession(peerReviewId, id, body.hostTeamId(),
                body.visitingTeamIds(), body.participants().stream().map(ParticipationRequest::toParticipation).toList(),
                body.discussed(), actor, expected.orAny()));
    }

    @PostMapping("/{peerReviewId}/teams/{teamId}/report")
    @Allowed(PROCESS_GUIDE)
    @Operation(summary = "Record (or revise, with a reason) a team's report of its outcomes")
    ResponseEntity<CommandAccepted> teamReport(@PathVariable String peerReviewId, @PathVariable String teamId,
                                               @Valid @RequestBody TeamReportRequest body,
                                               ExpectedVersion expected, Actor actor) {
        return commands.send(peerReviewId, teamId, new RecordTeamReport(peerReviewId, teamId, body.outcomes(),
                body.reportText(), body.revisionReason(), actor, expected.orAny()));
    }

    @PostMapping("/{peerReviewId}/completion")
    @Allowed(PROCESS_GUIDE)
    @Operation(summary = "Complete the peer review once every team has its report")
    ResponseEntity<CommandAccepted> complete(@PathVariable String peerReviewId, ExpectedVersion expected, Actor actor) {
        return commands.send(peerReviewId, null, new CompletePeerReview(peerReviewId, actor, expected.orAny()));
    }
}
