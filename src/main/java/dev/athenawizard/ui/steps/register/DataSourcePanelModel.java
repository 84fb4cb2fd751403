package dev.athenawizard.ui.steps.register;

import dev.athenawizard.core.aporia.client.DataSourceKey;
import dev.athenawizard.core.aporia.plan.AthenaSource;
import dev.athenawizard.core.aporia.plan.DatasetKind;
import dev.athenawizard.core.aporia.plan.PlanResult;
import dev.athenawizard.core.aporia.plan.QueryTables;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.project.ConnectionSection;
import dev.athenawizard.core.project.ConnectionSection.ConnectionMode;
import dev.athenawizard.core.project.OnboardingProject;
import dev.athenawizard.core.project.RegistrationSection;
import java.util.List;
import java.util.TreeMap;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Data source" tab, without a screen: what Aporia's {@code AthenaDataSource} is made of — the JDBC URL from the
 * region, the workgroup's result location, the serving query as it is sent (with the database named where the query
 * leaves it out), the access key pair of Aporia's user, and the optional {@code select_expr} and {@code read_options},
 * checked as typed. The key's secret is held here only while the wizard runs: never in the project.
 */
final class DataSourcePanelModel {
    /** One Spark SQL expression per line. */
    final StringProperty selectExprText = new SimpleStringProperty("");
    /** One {@code name=value} per line. */
    final StringProperty readOptionsText = new SimpleStringProperty("");
    /** The secret access key of Aporia's dedicated key: memory only. */
    final StringProperty secret = new SimpleStringProperty("");
    /** Input: the project as this step would store it. */
    final ObjectProperty<OnboardingProject> project = new SimpleObjectProperty<>(OnboardingProject.empty());
    final ObjectProperty<PlanResult> plan = new SimpleObjectProperty<>();

    final ObjectBinding<LineEntries.Lines> expressions = Bindings.createObjectBinding(
            () -> LineEntries.lines(selectExprText.get()), selectExprText);
    final ObjectBinding<LineEntries.Pairs> options = Bindings.createObjectBinding(
            () -> LineEntries.pairs(readOptionsText.get(), "read option"), readOptionsText);
    final StringBinding jdbcUrl = Bindings.createStringBinding(
            () -> AthenaSource.jdbcUrl(project.get().connection().region()), project);
    final StringBinding outputLocation = Bindings.createStringBinding(
            () -> project.get().workgroup().outputLocation(), project);
    /** Where the location comes from, under the field: beside it, a long bucket name would push it out of sight. */
    final StringBinding outputNote = Bindings.createStringBinding(() -> {
        var workgroup = project.get().workgroup();
        return workgroup.outputLocation().isBlank() ? "" : "The result location of the workgroup " + workgroup.name()
                + " (Workgroup step).";
    }, project);
    final StringBinding outputProblem = FieldProblems.of(plan, "workgroup.outputLocation");
    final StringBinding servingQuery = Bindings.createStringBinding(() -> plan.get() == null ? ""
            : plan.get().plan().flatMap(p -> p.dataset(DatasetKind.SERVING)).map(d -> d.query())
                    .orElse(project.get().query().sql().strip()), plan, project);
    /** Which table names the wizard completes in what is sent, and why; empty when none. */
    final StringBinding qualifiedNote = Bindings.createStringBinding(this::qualifiedNote, project);
    final StringBinding keyText = Bindings.createStringBinding(() -> keyText(project.get().connection()), project);
    /** Aporia's dedicated key with a secret this step must be given (not in the sandbox, which takes any). */
    final BooleanBinding secretNeeded = Bindings.createBooleanBinding(() -> {
        ConnectionSection c = project.get().connection();
        return !c.dataSource().sameAsWizard() && !c.dataSource().accessKeyId().isBlank()
                && c.mode() != ConnectionMode.SANDBOX;
    }, project);
    final StringBinding keyProblem = Bindings.createStringBinding(() -> {
        ConnectionSection c = project.get().connection();
        if (!c.dataSource().sameAsWizard() && c.dataSource().accessKeyId().isBlank()) {
            return "Aporia's access key id is not given: enter it in the Connection step, under \"The key Aporia's "
                    + "data source will use\".";
        }
        return secretNeeded.get() && secret.get().isBlank() ? "Paste the secret access key of "
                + c.dataSource().accessKeyId().strip() + ": Aporia's data source signs its queries with it. It is "
                + "kept in memory while the wizard runs, never in the project." : "";
    }, project, secretNeeded, secret);
    final StringBinding selectExprProblem = FieldProblems.ofLines(plan, "registration.selectExpr",
            Bindings.createObjectBinding(List::<String>of), p -> expressions.get().at(index(p))
                    + p.message().replaceFirst("^Expression \\d+: ", ""), expressions);
    final StringBinding readOptionsProblem = FieldProblems.ofLines(plan, "registration.readOptions",
            Bindings.createObjectBinding(() -> options.get().problems(), options),
            p -> options.get().at(FieldProblems.key(p)) + p.message(), options);
    /** How many of the Spark option fields need fixing: the plan and the exports wait for them. */
    final ObjectBinding<Integer> optionIssues = Bindings.createObjectBinding(() -> (int) java.util.stream.Stream.of(
            selectExprProblem, readOptionsProblem).filter(p -> !p.get().isEmpty()).count(), selectExprProblem,
            readOptionsProblem);
    /** Everything to fix on this tab, the key included (the result location is the Workgroup step's). */
    final ObjectBinding<Integer> issues = Bindings.createObjectBinding(
            () -> optionIssues.get() + (keyProblem.get().isEmpty() ? 0 : 1), optionIssues, keyProblem);

    Observable[] persisted() {
        return new Observable[] {selectExprText, readOptionsText};
    }

    RegistrationSection apply(RegistrationSection current) {
        return current.withSparkOptions(expressions.get().values(), options.get().values());
    }

    void follow(RegistrationSection section) {
        if (!expressions.get().values().equals(section.selectExpr())) {
            selectExprText.set(LineEntries.render(section.selectExpr()));
        }
        if (!options.get().values().equals(section.readOptions())) {
            readOptionsText.set(LineEntries.render(new TreeMap<>(section.readOptions())));
        }
    }

    /** The key id the data source signs with, as a summary shows it (masked), when the project knows it. */
    static String keyIdShown(RegistrationPlan plan) {
        String id = plan.source().accessKeyId();
        return id.isBlank() ? "" : DataSourceKey.mask(id);
    }

    private String qualifiedNote() {
        OnboardingProject p = project.get();
        if (p.query().sql().isBlank()) {
            return "";
        }
        List<String> renamed = QueryTables.qualify(p.query().sql(), p.query().catalog(), p.query().database())
                .renamed();
        return renamed.isEmpty() ? "" : "Aporia's connection has no default database, so the wizard names the "
                + "database where your query leaves it out (your query itself is unchanged): "
                + String.join("; ", renamed) + ".";
    }

    private static int index(dev.athenawizard.core.aporia.plan.PlanProblem problem) {
        try {
            return Integer.parseInt(FieldProblems.key(problem));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String keyText(ConnectionSection c) {
        if (!c.dataSource().sameAsWizard()) {
            String id = c.dataSource().accessKeyId().strip();
            return id.isEmpty() ? "Aporia's dedicated key (not given yet)."
                    : "Aporia's dedicated key " + id + ", as given in the Connection step"
                            + (c.mode() == ConnectionMode.SANDBOX ? " (the sandbox takes any secret)." : ".");
        }
        if (c.mode() == ConnectionMode.SANDBOX) {
            return "The sandbox's demo key " + CredentialSource.Sandbox.ACCESS_KEY_ID + ": in the sandbox any key "
                    + "may read the demo data.";
        }
        return switch (c.credentialSource()) {
            case ACCESS_KEY -> "Your own access key " + c.accessKeyId().strip() + ". Aporia's guide recommends a "
                    + "dedicated IAM user with only the Workgroup step's policy: choose one in the Connection step.";
            case PROFILE -> "The access key of the profile " + c.profileName() + ", read when you register. It must "
                    + "be a long-term key: temporary credentials (SSO, roles) would expire inside Aporia.";
            case DEFAULT_CHAIN -> "The access key the AWS SDK finds on this computer, read when you register. It "
                    + "must be a long-term key: temporary credentials would expire inside Aporia.";
        };
    }
}
