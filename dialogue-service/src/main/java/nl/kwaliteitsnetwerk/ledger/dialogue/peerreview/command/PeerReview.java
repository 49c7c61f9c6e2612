package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Admission;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.*;
import static nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewStatus.*;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One peer review: teams of different programmes or institutions visit each other, each with its
 * own question; the process guide keeps every conversation on its question and records each team's
 * outcomes in its report.
 */
@Aggregate(cache = "aggregateCache", filterEventsByType = true)
public class PeerReview {

    @AggregateIdentifier
    private String peerReviewId;
    private PeerReviewStatus status;
    private String processGuideUserId;
    private Map<String, PeerTeam> teams = new LinkedHashMap<>();
    private Set<String> sessionIds = new HashSet<>();
    private Set<String> teamsInSessions = new HashSet<>();
    private Map<String, Integer> reportRevisionByTeam = new HashMap<>();

    protected PeerReview() {
        // for Axon
    }

    @CommandHandler
    public PeerReview(StartPeerReview command, InstitutionRegister register, Clock clock) {
        requireText(command.title(), "A peer review needs its title.");
        require(command.processGuide() != null, DialogueRule.MEMBERS_WELL_FORMED, "A peer review needs its process guide.");
        Assessor guide = command.processGuide().resolvedBy(register);
        requireWellFormed(List.of(guide));
        List<PeerTeam> named = command.teams() == null ? List.of() : command.teams();
        require(named.size() >= 2, DialogueRule.TEAMS_WELL_FORMED, "A peer review has two or more teams.");
        List<PeerTeam> teams = new ArrayList<>();
        for (PeerTeam team : named) {
            require(team != null && !isBlank(team.teamId()) && !isBlank(team.name()) && team.level() != null
                            && team.institution() != null && !isBlank(team.institution().code()),
                    DialogueRule.TEAMS_WELL_FORMED, "Every team has an id, a name, a level and its institution.");
            requireSpecificQuestion(team.researchQuestion(), null, "team " + team.teamId());
            teams.add(new PeerTeam(team.teamId(), team.name(), team.level(), register.require(team.institution()),
                    team.researchQuestion()));
        }
        require(teams.stream().map(PeerTeam::teamId).distinct().count() == teams.size(), DialogueRule.TEAMS_WELL_FORMED,
                "Every team has its own id.");
        requireGuideOfNoTeam(guide, teams);
        apply(new PeerReviewStarted(command.peerReviewId(), command.title(), guide, List.copyOf(teams),
                command.actor(), clock.instant()), metadata(teams.get(0)));
    }

    /** The guide keeps every team on its own question: someone who works for one of their institutions cannot. */
    private static void requireGuideOfNoTeam(Assessor guide, List<PeerTeam> teams) {
        for (PeerTeam team : teams) {
            require(!guide.isAffiliatedWith(team.institution().code()), DialogueRule.ASSESSOR_INDEPENDENT,
                    "The process guide works for the institution of a team in this review and cannot guide it.");
        }
    }

    @CommandHandler
    public long handle(HoldPeerSession command, Clock clock) {
        admit(command);
        requireGuide(command.actor(), "record sessions");
        requirePhase(EnumSet.of(STARTED, IN_PROGRESS), "record a session");
        requireNewId(sessionIds, command.sessionId());
        requireTeam(command.hostTeamId());
        List<String> visitors = command.visitingTeamIds() == null ? List.of() : command.visitingTeamIds();
        require(!visitors.isEmpty(), DialogueRule.TEAMS_WELL_FORMED, "In a peer session at least one other team visits.");
        for (String visitor : visitors) {
            requireTeam(visitor);
            require(!visitor.equals(command.hostTeamId()), DialogueRule.TEAMS_WELL_FORMED,
                    "The host team does not visit itself.");
        }
        requireCounted(command.participants());
        requireText(command.discussed(), "A session records what was discussed.");
        return record(new PeerSessionHeld(peerReviewId, command.sessionId(), command.hostTeamId(), List.copyOf(visitors),
                List.copyOf(command.participants()), command.discussed(), command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(RecordTeamReport command, Clock clock) {
        admit(command);
        requireGuide(command.actor(), "record team reports");
        requirePhase(EnumSet.of(IN_PROGRESS), "record a team report");
        requireTeam(command.teamId());
        require(teamsInSessions.contains(command.teamId()), DialogueRule.TEAM_REPORT_NEEDS_SESSION,
                "Team " + command.teamId() + " took part in no session yet; its report records what came out of one.");
        requireText(command.outcomes(), "A team report records the outcomes on the team's question.");
        requireText(command.reportText(), "A team report needs its text.");
        Integer revision = reportRevisionByTeam.get(command.teamId());
        if (revision != null) {
            requireReason(command.revisionReason(), "Team " + command.teamId() + " has a report; a revision says why.");
        }
        return record(new TeamReportRecorded(peerReviewId, command.teamId(), revision == null ? 1 : revision + 1,
                command.outcomes(), command.reportText(), revision == null ? null : command.revisionReason(),
                command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(CompletePeerReview command, Clock clock) {
        admit(command);
        requireGuide(command.actor(), "complete the peer review");
        requirePhase(EnumSet.of(IN_PROGRESS), "complete the peer review");
        List<String> without = teams.keySet().stream().filter(id -> !reportRevisionByTeam.containsKey(id)).toList();
        require(without.isEmpty(), DialogueRule.EVERY_TEAM_REPORTED, "Teams without a report yet: " + without + ".");
        return record(new PeerReviewCompleted(peerReviewId, command.actor(), clock.instant()));
    }

    /** A peer review spans institutions; its events are filed under the first team's institution. */
    private long record(PeerReviewEvent event) {
        apply(event, metadata(teams.values().iterator().next()));
        return getVersion();
    }

    private static MetaData metadata(PeerTeam firstTeam) {
        return MetaData.with(IntegrationEvent.INSTITUTION_METADATA, firstTeam.institution().code());
    }

    /** Who may see it first, then the version they saw ({@link Admission}). */
    private void admit(PeerReviewCommand command) {
        List<String> institutionCodes = teams.values().stream().map(team -> team.institution().code()).toList();
        Admission.admit(PeerReviewAccessRule.of(Viewer.of(command.actor()), status, institutionCodes, processGuideUserId),
                peerReviewId, command.expectedVersion());
    }

    private void requirePhase(Set<PeerReviewStatus> allowed, String what) {
        Rules.requirePhase(allowed, status, what, "peer review");
    }

    private void requireGuide(Actor actor, String what) {
        require(actor.userId().equals(processGuideUserId), DialogueRule.ONLY_PROCESS_GUIDE,
                "Only the process guide of this peer review may " + what + ".");
    }

    private void requireTeam(String teamId) {
        require(teamId != null && teams.containsKey(teamId), DialogueRule.UNKNOWN_TEAM,
                "No team " + teamId + " in this peer review; it has " + teams.keySet() + ".");
    }

    @EventSourcingHandler
    void on(PeerReviewStarted event) {
        peerReviewId = event.peerReviewId();
        processGuideUserId = event.processGuide().userId();
        event.teams().forEach(team -> teams.put(team.teamId(), team));
        status = STARTED;
    }

    @EventSourcingHandler
    void on(PeerSessionHeld event) {
        sessionIds.add(event.sessionId());
        teamsInSessions.add(event.hostTeamId());
        teamsInSessions.addAll(event.visitingTeamIds());
        status = IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(TeamReportRecorded event) {
        reportRevisionByTeam.put(event.teamId(), event.revision());
    }

    @EventSourcingHandler
    void on(PeerReviewCompleted event) {
        status = COMPLETED;
    }

    @Override
    public String toString() {
        return "PeerReview[" + peerReviewId + ", " + status + "]";
    }
}
