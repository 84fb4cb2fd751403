package dev.athenawizard.core.aws.policy;

import static dev.athenawizard.core.concurrent.InterruptibleTasks.checkNotCancelled;

import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.concurrent.InterruptibleTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * Looks up where the tables of some Glue databases keep their data ({@code GetTables}), so the policy can name the
 * data buckets and prefixes and the self-test can probe them.
 */
public final class TableLocations {
    private final AwsClientFactory clients;
    private final Executor executor;

    public TableLocations(AwsClientFactory clients, Executor executor) {
        this.clients = clients;
        this.executor = executor;
    }

    /**
     * Every table of the given databases with its S3 location, in Glue's order. Cancelling the future stops the
     * look-up. Fails with the SDK's exception (e.g. {@code EntityNotFoundException} for a database that does not
     * exist, or an access-denied error).
     */
    public CompletableFuture<List<TableLocation>> of(AwsTarget target, List<String> databases) {
        return InterruptibleTasks.supply(executor, () -> lookUp(target, databases));
    }

    private List<TableLocation> lookUp(AwsTarget target, List<String> databases) {
        List<TableLocation> tables = new ArrayList<>();
        try (GlueClient glue = clients.glue(target)) {
            for (String database : databases) {
                checkNotCancelled();
                glue.getTablesPaginator(r -> r.databaseName(database)).stream().flatMap(page -> page.tableList().stream())
                        .forEach(t -> tables.add(new TableLocation(database, t.name(), location(t))));
            }
        }
        return tables;
    }

    private static Optional<S3Location> location(Table table) {
        return table.storageDescriptor() == null
                ? Optional.empty()
                : S3Location.tryParse(table.storageDescriptor().location());
    }
}
