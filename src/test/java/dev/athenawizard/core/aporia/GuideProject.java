package dev.athenawizard.core.aporia;

import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.ConnectionSection.CredentialSource;
import dev.athenawizard.core.project.ConnectionSection.DataSourceCredentials;
import dev.athenawizard.core.project.MappingSection;
import dev.athenawizard.core.project.MappingSection.FieldMapping;
import dev.athenawizard.core.project.ModelSection;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.QuerySection;
import dev.athenawizard.core.project.RegistrationSection;
import dev.athenawizard.core.project.RegistrationSection.DatasetColumns;
import dev.athenawizard.core.project.RegistrationSection.Target;
import dev.athenawizard.core.project.WorkgroupSection;
import java.util.List;
import java.util.Map;

/**
 * The Aporia guide's example as a project: raw text, four features (one a 768-value tensor), a boolean prediction
 * with a delayed actual and a probability read from a differently named column, and a training query.
 */
public final class GuideProject {
    public static final String DEDICATED_KEY_ID = "AKIAAPORIADEDICATED1";
    public static final String SERVING_SQL = "SELECT prediction_id, prediction_timestamp, raw_text, amount, owner, "
            + "is_new, embeddings, will_buy_insurance, probability, did_buy_insurance\n"
            + "FROM \"aporia_demo\".\"model_predictions\"\nWHERE prediction_timestamp > now() - INTERVAL '30' DAY;\n";
    public static final String TRAINING_SQL = "SELECT * FROM \"aporia_demo\".\"training_set\"";

    private GuideProject() {
    }

    public static OnboardingProject project() {
        return OnboardingProject.empty()
                .withName("insurance-upsell")
                .withConnection(new ConnectionSection(ConnectionMode.AWS, "us-east-1", CredentialSource.PROFILE,
                        "analytics", "", "", new DataSourceCredentials(false, DEDICATED_KEY_ID)))
                .withWorkgroup(new WorkgroupSection("aporia", "s3://athena-results/aporia/", "Athena engine version 3",
                        false, null))
                .withQuery(new QuerySection("AwsDataCatalog", "aporia_demo", SERVING_SQL, 100))
                .withMapping(mapping())
                .withModel(new ModelSection("insurance-upsell", "Insurance upsell", "Who buys insurance", "green",
                        "conversion-predict", Map.of("team", "growth", "stage", "prod"), "v1", "binary",
                        "ml-team@example.com"))
                .withRegistration(new RegistrationSection(Target.APORIA_API, "https://app.aporia.com", "production",
                        TRAINING_SQL, "", List.of("CAST(amount AS DOUBLE) AS amount"), Map.of("fetchsize", "1000"),
                        "0 * * * *", new DatasetColumns("", "", Map.of("proba", "proba")), null));
    }

    /** {@code p} with its model renamed to {@code id}, so tests sharing one Aporia register models of their own. */
    public static OnboardingProject withModelId(OnboardingProject p, String id) {
        ModelSection m = p.model();
        return p.withModel(new ModelSection(id, m.name(), m.description(), m.color(), m.icon(), m.tags(),
                m.version(), m.modelType(), m.owner()));
    }

    public static MappingSection mapping() {
        return new MappingSection("prediction_id", "prediction_timestamp",
                List.of(new FieldMapping("raw_text", "raw_text", "text", null)),
                List.of(new FieldMapping("amount", "amount", "numeric", null),
                        new FieldMapping("owner", "owner", "string", null),
                        new FieldMapping("is_new", "is_new", "boolean", null),
                        new FieldMapping("embeddings", "embeddings", "tensor", List.of(768))),
                List.of(new FieldMapping("will_buy_insurance", "will_buy_insurance", "boolean", null),
                        new FieldMapping("proba", "probability", "numeric", null)),
                List.of(new FieldMapping("did_buy_insurance", "did_buy_insurance", "boolean", null)),
                Map.of("did_buy_insurance", "will_buy_insurance"));
    }
}
