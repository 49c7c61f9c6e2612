package nl.kwaliteitsnetwerk.ledger.audit.framework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The assessment frameworks an audit can be held under, with their standards and scales. */
@RestController
@Tag(name = "Frameworks")
class FrameworkController {

    private final FrameworkCatalog frameworks;

    FrameworkController(FrameworkCatalog frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/frameworks")
    @Operation(summary = "The frameworks, each version with its standards and judgement scales")
    List<AssessmentFramework> list() {
        return List.copyOf(frameworks.all());
    }
}
