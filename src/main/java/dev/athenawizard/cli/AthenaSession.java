package dev.athenawizard.cli;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.athena.catalog.CatalogService;
import dev.athenawizard.core.athena.query.QueryRunner;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.aws.AwsClientFactory;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import software.amazon.awssdk.services.athena.AthenaClient;

/** The CLI's object graph for one Athena command: clients, a small pool, and the services built on them. */
final class AthenaSession implements AutoCloseable {
    private static final int THREADS = 4;

    private final AwsClientFactory factory;
    private final AthenaClient athena;
    private final ExecutorService pool;
    private final String endpoint;

    AthenaSession(AwsOptions aws) {
        this.factory = new AwsClientFactory();
        this.athena = factory.athena(aws.target());
        this.pool = BackgroundExecutors.bounded("athena-cli", THREADS);
        this.endpoint = aws.endpointUrl == null ? "" : aws.endpointUrl.toString();
    }

    WorkgroupService workgroups() {
        return new WorkgroupService(athena, pool);
    }

    CatalogService catalog() {
        return new CatalogService(athena, pool);
    }

    QueryRunner runner() {
        return new QueryRunner(athena, pool);
    }

    /** Waits for a service's answer; a failure surfaces as the AthenaFailure itself, whose message CliErrors prints. */
    <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            AthenaFailure failure = AwsErrors.translate(e);
            if (failure.kind() == AthenaFailure.Kind.ENDPOINT_UNREACHABLE && !endpoint.isEmpty()) {
                throw failure.withMessage(failure.getMessage().replace("Cannot reach Athena",
                        "Cannot reach Athena at " + endpoint).replace("did not answer", "at " + endpoint
                        + " did not answer"));
            }
            throw failure;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        athena.close();
        factory.close();
    }
}
