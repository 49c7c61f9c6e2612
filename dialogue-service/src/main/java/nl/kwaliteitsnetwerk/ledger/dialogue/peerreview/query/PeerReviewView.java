package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.*;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.FoldedView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read model of one peer review; {@code version} is the sequence number of the last event applied. */
public class PeerReviewView extends FoldedView {

    public String peerReviewId;
    public String title;
    public PeerReviewStatus status;
    public Assessor processGuide;
    public List<PeerTeam> teams = new ArrayList<>();
    public List<String> institutionCodes = new ArrayList<>();
    public List<Session> sessions = new ArrayList<>();
    public Map<String, TeamReport> teamReports = new LinkedHashMap<>();
    public Instant startedAt;
    public Instant completedAt;

    public boolean involves(String institutionCode) {
        return institutionCodes.contains(institutionCode);
    }

    public record Session(String sessionId, String hostTeamId, List<String> visitingTeamIds,
                          List<Participation> participants, String discussed, Instant heldAt) {
    }

    public record TeamReport(int revision, String outcomes, String reportText, String revisionReason, Instant recordedAt) {
    }

    /** Applies {@code event}, the review's event number {@code sequence}, unless the view has it already. */
    public static boolean apply(PeerReviewView view, PeerReviewEvent event, long sequence) {
        return view.applyOnce(sequence, event.occurredAt(), () -> fold(view, event));
    }

    private static void fold(PeerReviewView view, PeerReviewEvent event) {
        if (event instanceof PeerReviewStarted e) {
            view.peerReviewId = e.peerReviewId();
            view.title = e.title();
            view.processGuide = e.processGuide();
            view.teams = new ArrayList<>(e.teams());
            view.institutionCodes = e.teams().stream().map(t -> t.institution().code()).distinct().toList();
            view.startedAt = e.occurredAt();
            view.status = PeerReviewStatus.STARTED;
        } else if (event instanceof PeerSessionHeld e) {
            view.sessions.add(new Session(e.sessionId(), e.hostTeamId(), e.visitingTeamIds(), e.participants(),
                    e.discussed(), e.occurredAt()));
            view.status = PeerReviewStatus.IN_PROGRESS;
        } else if (event instanceof TeamReportRecorded e) {
            view.teamReports.put(e.teamId(), new TeamReport(e.revision(), e.outcomes(), e.reportText(),
                    e.revisionReason(), e.occurredAt()));
        } else if (event instanceof PeerReviewCompleted e) {
            view.completedAt = e.occurredAt();
            view.status = PeerReviewStatus.COMPLETED;
        }
    }
}
