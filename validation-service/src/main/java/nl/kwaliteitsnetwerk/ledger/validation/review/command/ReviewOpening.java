package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeComposition;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.OpenValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionCatalog;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

import java.time.Clock;

/**
 * Opens a review under the committee as it is: loads the committee (read only, nothing is applied to it) and
 * creates the review from its composition in the same unit of work, so the chair who opens is the chair of
 * that moment and the review records the version it read. A change of membership stored after that version
 * reaches the review by event (ReviewMembershipFollower). Answers the review's version, 0.
 */
public class ReviewOpening {

    private final Repository<ValidationCommittee> committees;
    private final Repository<ValidationReview> reviews;
    private final ValidationQuestionCatalog questionSets;
    private final Clock clock;

    public ReviewOpening(Repository<ValidationCommittee> committees, Repository<ValidationReview> reviews,
                         ValidationQuestionCatalog questionSets, Clock clock) {
        this.committees = committees;
        this.reviews = reviews;
        this.questionSets = questionSets;
        this.clock = clock;
    }

    @CommandHandler
    public long handle(OpenValidationReview command) throws Exception {
        Aggregate<ValidationCommittee> committee = committees.load(command.committeeId());
        CommitteeComposition composition = committee.invoke(c -> c.composition(committee.version()));
        return reviews.newInstance(() -> new ValidationReview(command, composition, questionSets, clock)).version();
    }
}
