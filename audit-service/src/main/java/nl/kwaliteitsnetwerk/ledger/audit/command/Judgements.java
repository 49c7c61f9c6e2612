package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.OverallJudgementRecorded;
import nl.kwaliteitsnetwerk.ledger.audit.api.StandardJudged;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The judgements of an audit as they stand: the latest per standard and the overall one, each numbered in the
 * order they were made, so that a new judgement names the one it revises. Whether a standard may be judged
 * rests on its findings, so the audit decides that; this keeps the count.
 */
final class Judgements extends AuditPart {

    /** A judgement as it stands: its id, which a revision names, and its value on the framework's scale. */
    private record Latest(String judgementId, String value) {
    }

    private final Map<String, Latest> latestByStandard = new HashMap<>();
    private Latest overall;
    private int made;

    @EventSourcingHandler
    void on(StandardJudged event) {
        latestByStandard.put(event.standardCode(), new Latest(event.judgementId(), event.value()));
        made++;
    }

    @EventSourcingHandler
    void on(OverallJudgementRecorded event) {
        overall = new Latest(event.judgementId(), event.value());
        made++;
    }

    String nextId() {
        return "judgement-" + (made + 1);
    }

    boolean isJudged(String standardCode) {
        return latestByStandard.containsKey(standardCode);
    }

    /** The judgement a new one on {@code standardCode} revises; null for the first. */
    String latestOn(String standardCode) {
        Latest latest = latestByStandard.get(standardCode);
        return latest == null ? null : latest.judgementId();
    }

    /** The overall judgement a new one revises; null for the first. */
    String overall() {
        return overall == null ? null : overall.judgementId();
    }

    List<String> unjudgedOf(AssessmentFramework framework) {
        return framework.standardCodes().stream().filter(code -> !isJudged(code)).toList();
    }

    Map<String, String> valuesByStandard() {
        return latestByStandard.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> entry.getValue().value()));
    }

    String overallValue() {
        return overall == null ? null : overall.value();
    }

    @Override
    List<Object> state() {
        return Arrays.asList(latestByStandard, overall, made);
    }
}
