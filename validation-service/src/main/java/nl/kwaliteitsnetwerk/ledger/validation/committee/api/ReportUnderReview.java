package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import java.time.Instant;

/** A report under review, as the trail knows it when the review opens. */
public record ReportUnderReview(String reportId,
        String reportType,
        String institutionCode,
        String title,
        Instant finalisedAt) {
}
