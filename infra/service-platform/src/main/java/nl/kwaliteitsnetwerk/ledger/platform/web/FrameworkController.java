package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkTranslation;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The assessment frameworks judgements are made under, with their standards and scales; every service serves them. */
@RestController
@Tag(name = "Frameworks")
public class FrameworkController {

    private final FrameworkCatalog frameworks;

    public FrameworkController(FrameworkCatalog frameworks) {
        this.frameworks = frameworks;
    }

    @SignedIn
    @GetMapping("/frameworks")
    @Operation(summary = "The frameworks, each version with its standards and judgement scales")
    Page<AssessmentFramework> list(Paging paging) {
        return paging.page(List.copyOf(frameworks.all()), framework -> framework.id() + "@" + framework.version());
    }

    @SignedIn
    @GetMapping("/frameworks/translations")
    @Operation(summary = "How the standards of one framework version were translated to those of a later one, by whom and when")
    Page<FrameworkTranslation> translations(Paging paging) {
        return paging.page(frameworks.translations(), translation -> translation.from() + ">" + translation.to());
    }
}
