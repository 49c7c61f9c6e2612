package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;

/** Every fact about the validation committee and its reviews says who did it, in which role, and when. */
public sealed interface CommitteeEvent permits CommitteeComposed, MembershipChanged, ValidationReviewOpened,
        ValidationQuestionAnswered, ValidationReviewConcluded, BoardReactionRecorded, ValidationReportPublished {

    String committeeId();

    Actor actor();

    Instant occurredAt();
}
