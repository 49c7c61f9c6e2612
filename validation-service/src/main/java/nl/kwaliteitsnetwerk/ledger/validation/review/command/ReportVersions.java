package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import java.util.Optional;

/**
 * The current version of a report under review, as its producer published it (contract C): the content digest of
 * its last version, which an answer must cite. Given to the review's handlers as a resource: a review cannot read
 * another service's report, only what the trail has seen of it (wired to the trail in ValidationConfiguration).
 */
@FunctionalInterface
public interface ReportVersions {

    /** The digest of the report's current version; empty while its producer has stated none. */
    Optional<String> currentDigest(String reportId);
}
