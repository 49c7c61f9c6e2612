package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import java.time.Instant;

/** A report under review, as the trail knows it when the review opens. */
public record ReportUnderReview(String reportId,
        String reportType,
        String institutionCode,
        String title,
        Instant finalisedAt) {

    public ReportUnderReview {
        institutionCode = InstitutionCode.normalise(institutionCode, "institutionCode");
    }
}
