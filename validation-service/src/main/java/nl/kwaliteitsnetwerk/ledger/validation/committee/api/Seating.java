package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who sits on the committee, by user id in the order they came, and who chairs: what the committee keeps, and
 * each review of the composition it was opened under, both changed by a change of membership the same way.
 */
public record Seating(Map<String, CommitteeMember> byUserId, String chairUserId) {

    public Seating {
        byUserId = Collections.unmodifiableMap(new LinkedHashMap<>(byUserId));
    }

    public static Seating of(List<CommitteeMember> members, String chairUserId) {
        Map<String, CommitteeMember> byUserId = new LinkedHashMap<>();
        members.forEach(member -> byUserId.put(member.userId(), member));
        return new Seating(byUserId, chairUserId);
    }

    public static Seating empty() {
        return new Seating(Map.of(), null);
    }

    /** After {@code leavingUserId} left and {@code joining} joined, with {@code chairUserId} chairing. */
    public Seating after(String leavingUserId, CommitteeMember joining, String chairUserId) {
        Map<String, CommitteeMember> after = new LinkedHashMap<>(byUserId);
        after.remove(leavingUserId);
        after.put(joining.userId(), joining);
        return new Seating(after, chairUserId);
    }

    public List<CommitteeMember> members() {
        return List.copyOf(byUserId.values());
    }

    /** The member signed in as {@code userId}, or null for one who does not sit. */
    public CommitteeMember member(String userId) {
        return byUserId.get(userId);
    }

    public boolean chairedBy(String userId) {
        return userId.equals(chairUserId);
    }
}
