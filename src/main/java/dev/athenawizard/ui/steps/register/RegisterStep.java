package dev.athenawizard.ui.steps.register;

import dev.athenawizard.ui.controls.PlannedStep;
import java.util.List;

/** The Register step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class RegisterStep extends PlannedStep {
    public RegisterStep() {
        super("register", "Register",
                "Register the model, its version and the Athena data source with Aporia, or export them as a script.",
                List.of(
                        "The model id, name and type, and the version",
                        "Aporia host and environment; the access key Aporia's data source will use",
                        "Serving, training and testing datasets, select_expr and read_options",
                        "Registration through Aporia's API (resumable, never duplicating), or a Python script and "
                        + "JSON to run yourself"));
    }
}
