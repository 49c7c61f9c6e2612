package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/** The rules that dialogues, peer reviews and panel reviews share, each named once. */
public final class Rules {

    /**
     * A question a conversation can be held about is specific: "Hoe is onze kwaliteit?" is not. We ask
     * for a sentence of some substance; what it must name is {@link #requireSpecificQuestion}'s.
     */
    public static final int MINIMUM_QUESTION_LENGTH = 40;
    public static final int MINIMUM_QUESTION_WORDS = 6;

    private Rules() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static void requireText(String text, String message) {
        require(!isBlank(text), DialogueRule.REQUIRED_TEXT, message);
    }

    public static void requireReason(String reason, String message) {
        require(!isBlank(reason), DialogueRule.REASON_REQUIRED, message);
    }

    /**
     * The own question is specific: a sentence of substance, not the theme again, that names its subject (a group,
     * a standard or capacity, a theme: {@link QuestionVocabulary}) and what its answer is for (a decision, the
     * development agenda, "zodat", "so that"). "Hoe verbeteren we de onderwijskwaliteit?" is too general to hold a
     * conversation about (the network's peer-review guides, 2023); VISTA college chose its question with its theme,
     * student participation, and what the results were to become, so that something was done with them (2022).
     */
    public static void requireSpecificQuestion(String question, String theme, String whose) {
        requireText(question, whose + " needs its own question.");
        String stripped = question.strip();
        int words = stripped.split("\\s+").length;
        require(stripped.length() >= MINIMUM_QUESTION_LENGTH && words >= MINIMUM_QUESTION_WORDS,
                DialogueRule.QUESTION_SPECIFIC, "The question of " + whose + " is too generic: ask a specific question of"
                        + " at least " + MINIMUM_QUESTION_WORDS + " words and " + MINIMUM_QUESTION_LENGTH + " characters.");
        require(theme == null || !stripped.equalsIgnoreCase(theme.strip()), DialogueRule.QUESTION_SPECIFIC,
                "The question of " + whose + " only repeats its theme; ask what you want to learn about it.");
        QuestionVocabulary vocabulary = QuestionVocabulary.inForce();
        require(vocabulary.subjectOf(stripped).isPresent(), DialogueRule.QUESTION_NAMES_SUBJECT,
                "The question of " + whose + " names no subject: say whom or what it is about (a group such as students"
                        + " or employers, a standard such as guidance or examination, a capacity, a theme such as work"
                        + " placement), in the words of vocabulary " + vocabulary.version() + ".");
        require(vocabulary.useOf(stripped).isPresent(), DialogueRule.QUESTION_STATES_USE,
                "The question of " + whose + " does not say what its answer is for: a decision, an improvement plan,"
                        + " the development agenda (\"zodat\", \"om ... te\", \"so that\", \"in order to\").");
    }

    /**
     * The people as the register knows them: each with the institution their affiliation names, by code or by name
     * only, so that the independence rule compares institutions, not spellings. Absent people stay absent, for
     * {@link #requireWellFormed} to name.
     */
    public static List<Assessor> resolvedBy(InstitutionRegister register, List<Assessor> people) {
        return people.stream().map(person -> person == null ? null : person.resolvedBy(register)).toList();
    }

    /** Everyone has a user id and a name, appears once, and is marked for what they are. */
    public static void requireWellFormed(List<Assessor> members) {
        require(members.stream().allMatch(m -> m != null && !isBlank(m.userId()) && !isBlank(m.name())
                        && m.type() != null), DialogueRule.MEMBERS_WELL_FORMED,
                "Every member needs a user id, a name and a type (network, peer, independent expert, stakeholder).");
        require(members.stream().map(Assessor::userId).distinct().count() == members.size(),
                DialogueRule.MEMBERS_WELL_FORMED, "A person can be a member only once.");
        // the details name nobody: a problem may end up in a log or a report
        for (Assessor member : members) {
            require(member.type() != AssessorType.PEER || !isBlank(member.employerCode()),
                    DialogueRule.MEMBERS_WELL_FORMED, "Every peer names the institution they come from, by its code or"
                            + " a name the institution register knows.");
            require(member.type() != AssessorType.STAKEHOLDER || member.represents() != null,
                    DialogueRule.MEMBERS_WELL_FORMED, "Every stakeholder names the group they represent.");
        }
    }

    /**
     * Independence is a rule, not a hope: nobody who works for the institution judges it, whether their affiliation
     * gave its code or only its name (the members as {@link #resolvedBy resolved}).
     */
    public static void requireIndependent(List<Assessor> members, InstitutionRef institution) {
        for (Assessor member : members) {
            require(!member.isAffiliatedWith(institution.code()), DialogueRule.ASSESSOR_INDEPENDENT,
                    "A member works for the institution being judged and cannot judge it.");
        }
    }

    /**
     * Counts, not names: at least one group, each with a positive count and a mode. A group may be counted once
     * per mode, since part of it may judge while the rest is heard (the student council assessing, other students
     * consulted, as VISTA college had both at the table); twice in the same mode is one count written twice.
     */
    public static void requireCounted(List<Participation> participants) {
        require(participants != null && !participants.isEmpty(), DialogueRule.PARTICIPANTS_COUNTED,
                "A session records who took part: the number of people per stakeholder group.");
        Set<List<Enum<?>>> seen = new HashSet<>();
        for (Participation p : participants) {
            require(p != null && p.category() != null && p.mode() != null && p.count() > 0,
                    DialogueRule.PARTICIPANTS_COUNTED, "Each group has its category, a count above zero and a mode.");
            require(seen.add(List.of(p.category(), p.mode())), DialogueRule.PARTICIPANTS_COUNTED,
                    p.category() + " is counted twice as " + p.mode() + "; give one count per group and mode.");
        }
    }

    /**
     * An approval cites the digest of exactly the version it approves: none is a bad request, another version's (an
     * older draft, a mistyped one) is stale, so nobody approves text they have not seen.
     */
    public static void requireApproved(String approvedDigest, String currentDigest, String what) {
        require(!isBlank(approvedDigest), DialogueRule.APPROVED_DIGEST_REQUIRED,
                "Cite approvedDigest: the reportDigest of the " + what + " you approve, as the view shows it.");
        require(approvedDigest.equals(currentDigest), DialogueRule.STALE_CONTENT,
                "approvedDigest is not the digest of the current " + what + " (" + currentDigest
                        + "); read it again and approve what it says now.");
    }

    public static void requireNewId(Set<String> usedIds, String id) {
        requireText(id, "An id is required.");
        require(!usedIds.contains(id), DialogueRule.UNIQUE_ID, "Id " + id + " is already used here.");
    }

    /** A phase rule, with a detail that says what was tried, in which phase, and when it is allowed. */
    public static <S extends Enum<S>> void requirePhase(Set<S> allowed, S status, String what, String whose) {
        require(allowed.contains(status), DialogueRule.WRONG_PHASE,
                "Cannot " + what + " while the " + whose + " is " + status + "; allowed when " + allowed + ".");
    }

    public static void requireFutureDate(LocalDate date, Clock clock, String message) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        require(date != null && date.isAfter(today), DialogueRule.DUE_DATE_IN_FUTURE, message);
    }
}
