package dev.athenawizard.ui;

import dev.athenawizard.core.project.AccessSection;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import dev.athenawizard.core.project.ModelSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.project.WorkgroupSection;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's demo as the first four steps leave it: the sandbox connection, the workgroup {@code aporia}, the demo
 * query (reading {@code model_predictions} through the project's database, as users write it) and its mapping, and
 * the model type the Mapping step chose. The Register step's own fields are still empty.
 */
public final class DemoProject {
    public static final String SERVING_SQL = "SELECT prediction_id, prediction_timestamp, raw_text, amount, owner, "
            + "is_new, embeddings,\n       will_buy_insurance, proba, did_buy_insurance\nFROM model_predictions\n"
            + "WHERE prediction_timestamp > now() - INTERVAL '30' DAY";

    private DemoProject() {
    }

    public static OnboardingProject inSandbox() {
        return OnboardingProject.empty().withName("insurance-demo")
                .withConnection(ConnectionSection.DEFAULT)
                .withWorkgroup(new WorkgroupSection("aporia", "s3://athena-wizard-sandbox-results/aporia/",
                        "Athena engine version 3", false, null))
                .withAccess(new AccessSection(List.of("aporia_demo"), List.of("athena-wizard-sandbox-data")))
                .withQuery(new QuerySection("AwsDataCatalog", "aporia_demo", SERVING_SQL, 100))
                .withMapping(mapping())
                .withModel(new ModelSection("", "", "", "", "", Map.of(), "v1", "binary", ""));
    }

    public static MappingSection mapping() {
        return new MappingSection("prediction_id", "prediction_timestamp",
                List.of(field("raw_text", "text")),
                List.of(field("amount", "numeric"), field("owner", "string"), field("is_new", "boolean"),
                        new FieldMapping("embeddings", "embeddings", "tensor", List.of(768))),
                List.of(field("will_buy_insurance", "boolean"), field("proba", "numeric")),
                List.of(field("did_buy_insurance", "boolean")),
                Map.of("did_buy_insurance", "will_buy_insurance"));
    }

    private static FieldMapping field(String name, String type) {
        return new FieldMapping(name, name, type, null);
    }
}
