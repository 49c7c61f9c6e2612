package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.JudgementCarriedOver;
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

    /**
     * A judgement as it stands: its id, which a revision names, its value on the framework's scale, and whether it
     * rests on this audit's findings (not so for one carried over from an earlier audit).
     */
    private record Latest(String judgementId, String value, boolean restsOnFindings) {
    }

    private final Map<String, Latest> latestByStandard = new HashMap<>();
    private Latest overall;
    private int made;

    @EventSourcingHandler
    void on(StandardJudged event) {
        latestByStandard.put(event.standardCode(), new Latest(event.judgementId(), event.value(), true));
        made++;
    }

    /** A judgement carried over from an earlier audit is the standard's judgement here, as if made here. */
    @EventSourcingHandler
    void on(JudgementCarriedOver event) {
        latestByStandard.put(event.standardCode(), new Latest(event.judgementId(), event.value(), false));
        made++;
    }

    @EventSourcingHandler
    void on(OverallJudgementRecorded event) {
        overall = new Latest(event.judgementId(), event.value(), true);
        made++;
    }

    String nextId() {
        return "judgement-" + (made + 1);
    }

    boolean isJudged(String standardCode) {
        return latestByStandard.containsKey(standardCode);
    }

    /** Whether the standard's judgement rests on this audit's findings, which must then keep one. */
    boolean restsOnFindings(String standardCode) {
        Latest latest = latestByStandard.get(standardCode);
        return latest != null && latest.restsOnFindings();
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
