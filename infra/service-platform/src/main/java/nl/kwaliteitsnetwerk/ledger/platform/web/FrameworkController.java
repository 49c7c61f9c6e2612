package nl.kwaliteitsnetwerk.ledger.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
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

    @GetMapping("/frameworks")
    @Operation(summary = "The frameworks, each version with its standards and judgement scales")
    List<AssessmentFramework> list() {
        return List.copyOf(frameworks.all());
    }
}
