package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.RegisteredInstitution;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The institution register every service names institutions by and resolves affiliations against. It holds no
 * person and nothing confidential (codes, board numbers and names are public), so every signed-in caller reads it.
 */
@RestController
@Tag(name = "Institutions")
public class InstitutionController {

    private final InstitutionRegister register;

    public InstitutionController(InstitutionRegister register) {
        this.register = register;
    }

    /** The register's version and one page of its institutions, by code. */
    public record RegisterPage(String version, Page<RegisteredInstitution> institutions) {
    }

    @SignedIn
    @GetMapping("/institutions")
    @Operation(summary = "The institution register in force: code, board number, names, network membership")
    RegisterPage list(Paging paging) {
        return new RegisterPage(register.version(), paging.page(register.all(), RegisteredInstitution::code));
    }

    @SignedIn
    @GetMapping("/institutions/{code}")
    @Operation(summary = "One registered institution")
    RegisteredInstitution one(@PathVariable String code) {
        return register.byCode(code).orElseThrow(() -> RuleViolation.notFound(code));
    }
}
