package dev.athenawizard.cli;

import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupListing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code athena-wizard workgroups}: every workgroup in the region, with the settings that matter for Aporia. */
@Command(name = "workgroups", mixinStandardHelpOptions = true,
        versionProvider = AthenaWizardCommand.VersionProvider.class,
        description = "Lists the Athena workgroups of the region: state, engine, where results go, whether the "
                + "workgroup enforces its settings, and its per-query scan limit.")
final class WorkgroupsCommand implements Callable<Integer> {
    private static final List<Tabular.Column> COLUMNS = List.of(
            Tabular.Column.text("name"),
            Tabular.Column.text("state"),
            Tabular.Column.text("engine"),
            Tabular.Column.text("output_location"),
            new Tabular.Column("enforced", Tabular.JsonType.BOOLEAN),
            new Tabular.Column("cutoff_bytes", Tabular.JsonType.NUMBER));

    @Mixin
    AwsOptions aws;

    @Option(names = "--format", paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
            defaultValue = "table", description = "table (default), csv or json.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WorkgroupListing listing;
        try (AthenaSession session = new AthenaSession(aws)) {
            listing = session.await(session.workgroups().describeAll());
        }
        List<List<String>> rows = new ArrayList<>();
        listing.workgroups().forEach(wg -> rows.add(row(wg)));
        listing.unreadable().forEach(wg -> rows.add(Arrays.asList(
                wg.name(), wg.state().name(), wg.engine().label(), null, null, null)));
        rows.sort(Comparator.comparing(row -> row.get(0)));
        TabularWriter.write(new Tabular(COLUMNS, rows), format, spec.commandLine().getOut());
        if (!listing.unreadable().isEmpty()) {
            spec.commandLine().getErr().println("athena-wizard workgroups: could not read the settings of "
                    + listing.unreadable().stream().map(WorkgroupListing.Unreadable::name)
                            .collect(Collectors.joining(", "))
                    + ": " + listing.unreadable().get(0).reason().getMessage());
        }
        return 0;
    }

    private static List<String> row(WorkgroupInfo wg) {
        return Arrays.asList(
                wg.name(),
                wg.state().name(),
                wg.engine().label(),
                wg.managedResults() ? "(managed by Athena)" : wg.outputLocation().orElse(null),
                String.valueOf(wg.enforced()),
                wg.bytesScannedCutoff().isPresent() ? String.valueOf(wg.bytesScannedCutoff().getAsLong()) : null);
    }
}
