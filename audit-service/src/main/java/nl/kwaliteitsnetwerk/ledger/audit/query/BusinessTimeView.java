package nl.kwaliteitsnetwerk.ledger.audit.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessDateCorrected;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessDated;
import nl.kwaliteitsnetwerk.ledger.audit.api.JudgementCarriedOver;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportFinalised;
import nl.kwaliteitsnetwerk.ledger.audit.api.SupervisionTerm;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The section of an audit's view on business time: each step that moved the audit into a phase, with the day it
 * happened ({@code occurredOn}, as corrected) beside the instant the ledger recorded it ({@code recordedAt}), so
 * that a case entered after the fact shows its own dates; the judgements it carried over from earlier audits, with
 * their reference in both framework forms; and the term of follow-up supervision an investigation set.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class BusinessTimeView {

    public List<Step> steps = new ArrayList<>();
    public Map<String, CarriedOver> carriedOver = new LinkedHashMap<>();
    public SupervisionTerm supervisionTerm;

    /**
     * One step: the phase it led into, the event that recorded it (by sequence number), the day it happened as
     * corrected, the instant it was recorded, and the corrections of its day.
     */
    public record Step(AuditStatus step, long sequence, LocalDate occurredOn, Instant recordedAt,
                       List<Correction> corrections) {

        Step corrected(Correction correction) {
            List<Correction> all = new ArrayList<>(corrections);
            all.add(correction);
            return new Step(step, sequence, correction.correctedDate(), recordedAt, all);
        }
    }

    public record Correction(LocalDate previousDate, LocalDate correctedDate, String reason, Actor correctedBy,
                             Instant correctedAt) {
    }

    /**
     * A judgement carried over: its value under this audit's framework, the source it came from, the translation
     * it was carried along (null for the same framework), and both forms at a glance, e.g. "KA3 (2017) -> BKA3 (2021)".
     */
    public record CarriedOver(String judgementId, String standardCode, String value, FrameworkRef framework,
                              JudgementCarriedOver.Source source, JudgementCarriedOver.Translation translation,
                              String shownAs, LocalDate carriedOverOn, Instant recordedAt) {
    }

    /** The day the step that led into {@code status} last did so happened, as corrected; null if none did. */
    public LocalDate occurredOn(AuditStatus status) {
        return steps.stream().filter(s -> s.step() == status).reduce((first, second) -> second)
                .map(Step::occurredOn).orElse(null);
    }

    void fold(AuditEvent event, long sequence) {
        AuditStatus into = AuditStatus.after(event, null);
        if (event instanceof BusinessDated dated && into != null) {
            steps.add(new Step(into, sequence, dated.occurredOn(), event.occurredAt(), List.of()));
        }
        if (event instanceof BusinessDateCorrected e) {
            Correction correction = new Correction(e.previousDate(), e.correctedDate(), e.reason(), e.actor(),
                    e.occurredAt());
            steps.replaceAll(s -> s.sequence() == e.correctedSequence() ? s.corrected(correction) : s);
        } else if (event instanceof JudgementCarriedOver e) {
            carriedOver.put(e.standardCode(), new CarriedOver(e.judgementId(), e.standardCode(), e.value(),
                    e.framework(), e.source(), e.translation(), shownAs(e), e.occurredOn(), e.occurredAt()));
        } else if (event instanceof ReportFinalised e) {
            supervisionTerm = e.supervisionTerm();
        }
    }

    /** "KA3 (2017) -> BKA3 (2021)"; under the same framework version just the one form. */
    static String shownAs(JudgementCarriedOver e) {
        String target = e.standardCode() + " (" + e.framework().version() + ")";
        String from = e.source().standardCode() + " (" + e.source().framework().version() + ")";
        return e.translation() == null && from.equals(target) ? target : from + " -> " + target;
    }
}
