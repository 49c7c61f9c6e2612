package nl.kwaliteitsnetwerk.ledger.validation.review.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A report under review, as the trail knows it when the review opens. {@code institutionCodes} are every
 * institution the report belongs to (the trail's; a peer review's every team's), {@code institutionCode} the one it
 * is published under; a review opened before reports knew several reads with that one alone.
 */
public record ReportUnderReview(String reportId,
        String reportType,
        String institutionCode,
        String title,
        Instant finalisedAt,
        List<String> institutionCodes) {

    public ReportUnderReview {
        institutionCode = InstitutionCode.normalise(institutionCode, "institutionCode");
        institutionCodes = institutionCodes == null || institutionCodes.isEmpty()
                ? (institutionCode == null ? List.of() : List.of(institutionCode))
                : institutionCodes.stream().filter(Objects::nonNull)
                        .map(code -> InstitutionCode.normalise(code, "institutionCodes")).distinct().toList();
    }

    /** Whether the report belongs to {@code code} (among others). */
    public boolean belongsTo(String code) {
        return code != null && institutionCodes.contains(InstitutionCode.normalise(code, "institutionCode"));
    }
}
