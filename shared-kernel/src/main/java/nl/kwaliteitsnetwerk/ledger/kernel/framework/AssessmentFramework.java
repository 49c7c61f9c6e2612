package nl.kwaliteitsnetwerk.ledger.kernel.framework;

import java.util.List;
import java.util.Optional;

/**
 * A versioned assessment framework: the standards an assessment judges, the scale a standard is
 * judged on, and the scale of the overall judgement (a quality profile, or a final judgement).
 */
public record AssessmentFramework(
        String id,
        String version,
        String title,
        String owner,
        List<StandardDefinition> standards,
        List<ScaleValue> standardScale,
        String overallJudgementName,
        List<ScaleValue> overallScale) {

    public AssessmentFramework {
        standards = List.copyOf(standards);
        standardScale = List.copyOf(standardScale);
        overallScale = List.copyOf(overallScale);
    }

    public FrameworkRef ref() {
        return new FrameworkRef(id, version);
    }

    public Optional<StandardDefinition> standard(String code) {
        return standards.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public boolean hasStandard(String code) {
        return standard(code).isPresent();
    }

    public boolean allowsStandardJudgement(String value) {
        return standardScale.stream().anyMatch(v -> v.code().equals(value));
    }

    public boolean allowsOverallJudgement(String value) {
        return overallScale.stream().anyMatch(v -> v.code().equals(value));
    }

    public List<String> standardCodes() {
        return standards.stream().map(StandardDefinition::code).toList();
    }
}
