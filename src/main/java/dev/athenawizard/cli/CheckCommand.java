package dev.athenawizard.cli;

import dev.athenawizard.core.aws.policy.AccessScope;
import dev.athenawizard.core.aws.policy.AporiaQuery;
import dev.athenawizard.core.aws.policy.MissingInput;
import dev.athenawizard.core.aws.policy.PolicyGenerator;
import dev.athenawizard.core.aws.policy.PolicyStatement;
import dev.athenawizard.core.aws.policy.ResolvedScope;
import dev.athenawizard.core.aws.selftest.CheckStatus;
import dev.athenawizard.core.aws.selftest.PermissionCheck;
import dev.athenawizard.core.aws.selftest.PermissionSelfTest;
import dev.athenawizard.core.aws.selftest.SelfTestReport;
import dev.athenawizard.core.project.ProjectFileException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code athena-wizard check}: the permission self-test, one line per permission. */
@Command(name = "check", mixinStandardHelpOptions = true,
        versionProvider = AthenaWizardCommand.VersionProvider.class,
        description = {
            "Tries, one by one and as the user Aporia will use, every permission of the generated IAM policy, and "
                    + "prints one line per permission: GRANTED, MISSING (with the policy statement that grants it) "
                    + "or NOT CHECKABLE (and why), first the workgroup's, then the tables'. It runs one free query "
                    + "(SELECT 1) in the workgroup.",
            "With a query (--sql, or the project's), the policy covers exactly the tables it reads, and the query "
                    + "itself runs once in a zero-row form: Athena reads its tables as Aporia's key but returns no "
                    + "rows. That costs what reading its first rows costs (a query that sorts or aggregates reads "
                    + "everything first). A statement that is not a query (INSERT, DROP, SHOW, …) is refused before "
                    + "anything is sent.",
            "",
            "Aporia's credentials: when the project gives Aporia its own key, the key id from the project or "
                    + "APORIA_AWS_ACCESS_KEY_ID, and its secret from the OS keychain or APORIA_AWS_SECRET_ACCESS_KEY "
                    + "(APORIA_AWS_SESSION_TOKEN for temporary keys); otherwise the wizard's own.",
            "The wizard's credentials (to read the account, the workgroup and Glue): a project's profile or default "
                    + "chain as saved; for an access key, the secret remembered in the OS keychain, else "
                    + "AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN). Without --project: --profile, else "
                    + "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, else the default chain; Aporia's key from the "
                    + "APORIA_AWS_* variables when set.",
            "A project in sandbox mode runs against an in-process sandbox.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing was denied (the summary names any permission that could not be checked)",
            "1:the check could not run", "2:bad command-line usage", "3:at least one permission is missing",
            "4:the test query or the query failed for a reason other than a permission (e.g. the results bucket "
                    + "does not exist, a table the query reads does not exist): the setup is broken"})
final class CheckCommand implements Callable<Integer> {
    static final int MISSING_PERMISSIONS = 3;
    static final int SETUP_FAILED = 4;

    private final CliEnvironment environment;

    @Mixin
    ScopeOptions scope;

    @Spec
    CommandSpec spec;

    CheckCommand() {
        this(CliEnvironment.system());
    }

    CheckCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws ProjectFileException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SelfTestReport report;
        try (AccessSession session = new AccessSession(scope, environment, "Say what to check")) {
            AccessScope checked = scopeToCheck(session.resolveScope(err, "check"), err);
            err.println("athena-wizard check: checking as " + session.aporiaDescription());
            PartHeadings headings = new PartHeadings(checked);
            report = AccessSession.await(new PermissionSelfTest(session.clients(), session.pool())
                    .run(session.aporiaTarget(), checked, check -> {
                        headings.before(check).ifPresent(out::println);
                        out.println(line(check));
                        out.flush();
                    }));
        }
        out.println();
        out.println(report.summary());
        if (!report.missing().isEmpty()) {
            out.println();
            out.println("Add these statements to the policy of Aporia's user:");
            Map<String, PolicyStatement> toAdd = new LinkedHashMap<>();
            report.missing().forEach(c -> c.statement().ifPresent(s -> toAdd.putIfAbsent(s.sid(), s)));
            toAdd.values().forEach(s -> out.print(s.toJson()));
        }
        out.flush();
        return switch (report.verdict()) {
            case SETUP_FAILED -> SETUP_FAILED;
            case MISSING -> MISSING_PERMISSIONS;
            case INCOMPLETE, ALL_GRANTED -> 0;
        };
    }

    /**
     * The scope, once what the self-test cannot do without is known. Look-ups that failed for something it can do
     * without (the tables' data locations, when Glue refused) are warnings: the checklist then shows what they cost.
     */
    private static AccessScope scopeToCheck(ResolvedScope resolved, PrintWriter err) {
        List<MissingInput> blockers = PermissionSelfTest.blockers(resolved.policy(new PolicyGenerator()));
        if (!blockers.isEmpty()) {
            throw new IllegalStateException(PermissionSelfTest.cannotRunYet(blockers));
        }
        resolved.notes().stream()
                // With a query, each table it reads has its own lines (as Aporia's key), and a table that does not
                // exist fails the query at its line and column: said once, there.
                .filter(note -> resolved.scope().query().isEmpty()
                        || !note.field().equals(PolicyGenerator.DATA_LOCATIONS))
                .forEach(note -> err.println("athena-wizard check: warning: " + note.message()));
        return resolved.scope();
    }

    /** A heading before the first line of each part of the checklist, saying what the part is about. */
    static final class PartHeadings {
        private final AccessScope scope;
        private PermissionCheck.Part current;

        PartHeadings(AccessScope scope) {
            this.scope = scope;
        }

        Optional<String> before(PermissionCheck check) {
            if (check.part() == current) {
                return Optional.empty();
            }
            current = check.part();
            return Optional.of(switch (current) {
                case WORKGROUP -> "Running queries in workgroup " + scope.workgroup() + " and writing their results";
                case TABLES -> scope.query().map(q -> "Reading what the query reads (" + AporiaQuery.names(
                        q.tablesRead()) + "), as Aporia will run it").orElse("Reading the tables of "
                        + String.join(", ", scope.databases()));
            } + ":");
        }
    }

    /** {@code GRANTED athena:StartQueryExecution arn:…}, {@code MISSING … → add statement "X" (AWS: …)}, … */
    static String line(PermissionCheck check) {
        StringBuilder line = new StringBuilder(label(check.status())).append(' ').append(check.action()).append(' ')
                .append(check.resource());
        if (check.status() == CheckStatus.MISSING) {
            check.statement().ifPresent(s -> line.append("  → add statement \"").append(s.sid()).append('"'));
            if (!check.detail().isEmpty()) {
                line.append("  (AWS: ").append(oneLine(check.detail())).append(')');
            }
        } else if (!check.detail().isEmpty()) {
            line.append("  (").append(oneLine(check.detail())).append(')');
        }
        return line.toString();
    }

    private static String label(CheckStatus status) {
        return status == CheckStatus.NOT_CHECKABLE ? "NOT CHECKABLE" : status.name();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
