package nl.kwaliteitsnetwerk.ledger.validation.committee.query;

import nl.kwaliteitsnetwerk.ledger.platform.readmodel.FoldedView;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeComposed;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The read model of the validation committee: its members and their history (each review has a view of its
 * own). {@code version} is the sequence number of the last event of the committee applied.
 */
public class CommitteeView extends FoldedView {

    public String committeeId;
    public List<CommitteeMember> members = new ArrayList<>();
    public String chairUserId;
    public LocalDate composedFrom;
    public List<MembershipChange> membershipChanges = new ArrayList<>();

    public record MembershipChange(String leavingUserId, CommitteeMember joining, LocalDate effectiveOn, String reason,
                                   Instant recordedAt) {
    }

    /** Applies the committee's event number {@code sequence}, unless the view has it already. */
    public static boolean apply(CommitteeView view, CommitteeEvent event, long sequence) {
        return view.applyOnce(sequence, event.occurredAt(), () -> fold(view, event));
    }

    private static void fold(CommitteeView view, CommitteeEvent event) {
        if (event instanceof CommitteeComposed e) {
            view.committeeId = e.committeeId();
            view.members = new ArrayList<>(e.members());
            view.chairUserId = e.chairUserId();
            view.composedFrom = e.effectiveFrom();
        } else if (event instanceof MembershipChanged e) {
            view.members.removeIf(m -> m.userId().equals(e.leavingUserId()));
            view.members.add(e.joining());
            view.chairUserId = e.chairUserId();
            view.membershipChanges.add(new MembershipChange(e.leavingUserId(), e.joining(), e.effectiveOn(), e.reason(),
                    e.occurredAt()));
        } else {
            // CommitteeEvent is sealed and ReviewViewFoldTest folds one of each of its types: unreachable
            throw new IllegalStateException("no fold for " + event.getClass().getSimpleName());
        }
    }
}
