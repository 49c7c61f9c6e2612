package nl.kwaliteitsnetwerk.ledger.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.kwaliteitsnetwerk.ledger.audit.api.CarryOverJudgement;
import nl.kwaliteitsnetwerk.ledger.audit.api.CorrectBusinessDate;
import nl.kwaliteitsnetwerk.ledger.audit.web.Requests.BusinessDateCorrectionRequest;
import nl.kwaliteitsnetwerk.ledger.audit.web.Requests.CarryOverRequest;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandSender;
import nl.kwaliteitsnetwerk.ledger.platform.web.ExpectedVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.LEAD_AUDITOR;

/**
 * An audit over time: correcting the day a step happened, and carrying a judgement of an earlier audit over. The
 * source of a carried-over judgement is read by the audit itself, from the ledger, not taken from the request.
 */
@RestController
@RequestMapping("/audits")
@Tag(name = "Audit lifecycle")
class BusinessTimeController {

    private final CommandSender commands;

    BusinessTimeController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/{auditId}/business-date-corrections")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Correct the day a step happened (named by the phase it led into), with a reason; "
            + "the step stays as recorded")
    ResponseEntity<CommandAccepted> correctBusinessDate(@PathVariable String auditId,
                                                        @Valid @RequestBody BusinessDateCorrectionRequest body,
                                                        ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, null, new CorrectBusinessDate(auditId, body.step(), body.correctedDate(),
                body.reason(), actor, expected.orAny()));
    }

    @PostMapping("/{auditId}/carried-over-judgements")
    @Allowed(LEAD_AUDITOR)
    @Operation(summary = "Carry a sufficient judgement of an earlier, finalised audit of the same institution over "
            + "onto a standard, along the translation between the framework versions")
    ResponseEntity<CommandAccepted> carryOver(@PathVariable String auditId, @Valid @RequestBody CarryOverRequest body,
                                              ExpectedVersion expected, Actor actor) {
        return commands.send(auditId, body.standardCode(), new CarryOverJudgement(auditId, body.standardCode(),
                body.sourceAuditId(), body.sourceJudgementId(), actor, expected.orAny(), body.occurredOn()));
    }
}
