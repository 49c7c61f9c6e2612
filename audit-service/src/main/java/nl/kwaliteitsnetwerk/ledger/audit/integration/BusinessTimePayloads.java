package nl.kwaliteitsnetwerk.ledger.audit.integration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessDateCorrected;
import nl.kwaliteitsnetwerk.ledger.audit.api.JudgementCarriedOver;
import nl.kwaliteitsnetwerk.ledger.audit.api.SupervisionTerm;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;

/**
 * The payload fields of business time, carried-over judgements and the inspectorate's supervision term, written
 * out by hand like the rest of the contract: for the validation service's trail, the supervision calendar and the
 * public feed.
 */
final class BusinessTimePayloads {

    private BusinessTimePayloads() {
    }

    /** Fills {@code p} for the events of this part of the contract and returns their type; null for any other. */
    static String describe(AuditEvent event, ObjectNode p) {
        if (event instanceof JudgementCarriedOver e) {
            p.put("judgementId", e.judgementId()).put("standardCode", e.standardCode()).put("value", e.value());
            framework(p.putObject("framework"), e.framework());
            ObjectNode source = p.putObject("source").put("auditId", e.source().auditId())
                    .put("judgementId", e.source().judgementId());
            framework(source.putObject("framework"), e.source().framework());
            source.put("standardCode", e.source().standardCode()).put("value", e.source().value());
            if (e.translation() != null) {
                p.putObject("translation").put("authority", e.translation().authority())
                        .put("decidedOn", e.translation().decidedOn().toString());
            }
            return "judgement-carried-over";
        } else if (event instanceof BusinessDateCorrected e) {
            // an audit's events number far below 2^31; an int reads back as the JSON number it was written as
            p.put("step", e.step().name()).put("correctedSequence", Math.toIntExact(e.correctedSequence()))
                    .put("previousDate", e.previousDate().toString()).put("correctedDate", e.correctedDate().toString())
                    .put("reason", e.reason());
            return "business-date-corrected";
        }
        return null;
    }

    /** The term an investigation's final report sets; absent for a network audit. */
    static void supervisionTerm(ObjectNode p, SupervisionTerm term) {
        if (term != null) {
            p.putObject("supervisionTerm").put("years", term.years()).put("startsOn", term.startsOn().toString())
                    .put("endsOn", term.endsOn().toString());
        }
    }

    private static void framework(ObjectNode node, FrameworkRef ref) {
        node.put("id", ref.id()).put("version", ref.version());
    }
}
