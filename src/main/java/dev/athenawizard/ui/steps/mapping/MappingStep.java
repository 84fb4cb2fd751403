package dev.athenawizard.ui.steps.mapping;

import dev.athenawizard.ui.controls.PlannedStep;
import java.util.List;

/** The Mapping step. Not built yet: it shows what it will collect and never claims to be complete. */
public final class MappingStep extends PlannedStep {
    public MappingStep() {
        super("mapping", "Mapping",
                "Drag result columns onto the model's fields: id, timestamp, raw inputs, features, predictions "
                        + "and actuals.",
                List.of(
                        "The prediction id and timestamp columns",
                        "Raw inputs, features and predictions, each with its Aporia type (numeric, string, "
                        + "boolean, categorical, text, tensor with dimensions, …)",
                        "Delayed actuals and the prediction each one is the ground truth of",
                        "Checks on the preview rows: unique ids, no empty timestamps, embeddings of the declared "
                        + "length"));
    }
}
