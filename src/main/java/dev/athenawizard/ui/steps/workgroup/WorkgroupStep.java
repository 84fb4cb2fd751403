package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.ui.controls.PlannedStep;
import java.util.List;

/** The Workgroup step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class WorkgroupStep extends PlannedStep {
    public WorkgroupStep() {
        super("workgroup", "Workgroup",
                "Pick the Athena workgroup Aporia's queries will run in, or create one.",
                List.of(
                        "The workgroup, with its output location, engine version and scan limit",
                        "A new workgroup for Aporia with an S3 results location",
                        "The least-privilege IAM policy for what you picked",
                        "A permission self-test, one line per permission"));
    }
}
