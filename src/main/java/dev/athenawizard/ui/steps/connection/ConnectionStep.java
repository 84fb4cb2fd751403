package dev.athenawizard.ui.steps.connection;

import dev.athenawizard.ui.controls.PlannedStep;
import java.util.List;

/** The Connection step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class ConnectionStep extends PlannedStep {
    public ConnectionStep() {
        super("connection", "Connection",
                "Choose how the wizard reaches Athena, and check who you are signed in as.",
                List.of(
                        "Try without AWS (the built-in sandbox), an access key, an AWS profile, or the default "
                        + "credentials",
                        "The region, and an endpoint override for VPC endpoints",
                        "Who you are (account, ARN) from STS, and whether Athena answers",
                        "The access key Aporia's data source will use"));
    }
}
