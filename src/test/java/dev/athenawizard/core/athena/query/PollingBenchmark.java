package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.query.PollingReport.Run;
import dev.athenawizard.core.athena.query.PollingWorkload.Query;
import dev.athenawizard.core.athena.query.PollingWorkload.Timing;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.sandbox.QueryTiming;
import dev.athenawizard.core.sandbox.SandboxFixture;
import dev.athenawizard.testing.ControlledTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * How late each polling schedule notices that a query finished, and how many {@code GetQueryExecution} calls it
 * spends: the wizard's adaptive schedule, fixed 1 s (PyAthena) and fixed 0.25 s (awswrangler), side by side on the
 * same random queries ({@link PollingWorkload}), each run once fresh and once again as a rerun. Run with
 * {@code ./mvnw -B -o -Pbench verify -Dtest=PollingBenchmark}; the tables are printed and written to
 * {@code target/bench/polling.md}.
 *
 * <p>What is real: the {@link QueryRunner} and its schedules, the AWS SDK client, HTTP to the in-process sandbox,
 * the sandbox's Athena protocol (states, statistics) and DuckDB running each query. What is simulated: time. One
 * {@link ControlledTime} drives the sandbox's query timing, the runners' clock and sleeper, and the network: every
 * call moves it by a random one-way delay each way ({@link SimulatedLatency}, 5–25 ms unless
 * {@code -Dpolling.one-way-ms=MIN-MAX} says otherwise). So a 60-second query takes a few milliseconds of real time,
 * and "late" is exact: from the sandbox's completion instant of the execution to the moment the runner's listener is
 * told SUCCEEDED, on that clock. The clock moves only once DuckDB has finished the current query, so real work never
 * shifts a simulated completion (checked for every query).
 */
@Tag("bench")
class PollingBenchmark {
    private static final long SEED = 20261126;
    private static final int UNIFORM = Integer.getInteger("polling.uniform", 300);
    private static final int SHORT = Integer.getInteger("polling.short", 200);
    private static final int TAIL = Integer.getInteger("polling.tail", 60);
    private static final Duration ENGINE_PATIENCE = Duration.ofSeconds(20);

    private record Schedule(String name, PollSchedule schedule) {
    }

    private static final List<Schedule> SCHEDULES = List.of(
            new Schedule("ours", PollSchedule.adaptive()),
            new Schedule("fixed 0.25 s", PollSchedule.fixed(Duration.ofMillis(250))),
            new Schedule("fixed 1 s", PollSchedule.fixed(Duration.ofSeconds(1))));

    private final ControlledTime time = new ControlledTime(Instant.parse("2026-01-05T09:00:00Z"));
    private final AtomicReference<String> current = new AtomicReference<>();

    @Test
    void comparePollingSchedules() throws IOException {
        String[] oneWay = System.getProperty("polling.one-way-ms", "5-25").split("-");
        SimulatedLatency latency = new SimulatedLatency(time, Duration.ofMillis(Long.parseLong(oneWay[0])),
                Duration.ofMillis(Long.parseLong(oneWay[1])));
        List<Query> queries = PollingWorkload.draw(SEED, UNIFORM, SHORT, TAIL);
        long began = System.nanoTime();
        List<Run> runs = new ArrayList<>();
        try (SandboxFixture sandbox = SandboxFixture.start(b -> b.clock(time));
             UrlConnectionHttpClient http = (UrlConnectionHttpClient) UrlConnectionHttpClient.create();
             AthenaClient athena = AthenaClient.builder().region(Region.of(SandboxFixture.REGION))
                     .endpointOverride(sandbox.endpoint()).httpClient(http)
                     .credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create(SandboxFixture.KEY_ID, "not-a-real-secret")))
                     .overrideConfiguration(c -> c.addExecutionInterceptor(latency)).build()) {
            time.beforeEachSleep(() -> awaitEngine(sandbox));
            WorkgroupInfo workgroup = new WorkgroupService(athena, Runnable::run).describe("aporia").join();
            List<QueryRunner> runners = SCHEDULES.stream()
                    .map(s -> new QueryRunner(athena, Runnable::run, time, time, s.schedule())).toList();
            for (Query query : queries) { // a rerun follows its first run, as when a user runs a preview again
                for (boolean rerun : new boolean[] {false, true}) {
                    Optional<Timing> timing = rerun ? query.rerun() : Optional.of(query.first());
                    for (int s = 0; s < SCHEDULES.size() && timing.isPresent(); s++) {
                        latency.reseed(SEED * 31 + query.id() * 2L + (rerun ? 1 : 0));
                        runs.add(run(sandbox, runners.get(s), workgroup, query, timing.get(), rerun, s));
                    }
                }
            }
        }
        String report = new PollingReport(SCHEDULES.stream().map(Schedule::name).toList(), runs)
                .render(latency.describe(), queries.size(), Duration.ofNanos(System.nanoTime() - began));
        System.out.println(report);
        Path out = Path.of("target", "bench", "polling.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private Run run(SandboxFixture sandbox, QueryRunner runner, WorkgroupInfo workgroup, Query query, Timing timing,
            boolean rerun, int schedule) {
        sandbox.server.setQueueDelay(timing.queued());
        sandbox.server.setQueryDelay(timing.total());
        AtomicReference<Instant> noticed = new AtomicReference<>();
        RunningQuery running = runner.start(QueryRequest.of(query.sql(), workgroup).withResultReuse(false),
                progress -> {
                    progress.executionId().ifPresent(current::set);
                    if (progress.state() == QueryState.SUCCEEDED) {
                        noticed.set(time.instant());
                    }
                });
        QueryResult result = running.result().join();
        QueryTiming truth = sandbox.server.queryTiming(result.executionId()).orElseThrow();
        Instant completed = truth.completion().orElseThrow();
        assertThat(Duration.between(truth.submitted(), completed)).as("simulated completion of %s", query)
                .isEqualTo(timing.total());
        assertThat(result.statistics().queued()).isEqualTo(timing.queued().truncatedTo(ChronoUnit.MILLIS));
        return new Run(query.id(), schedule, rerun, timing.total(), Duration.between(completed, noticed.get()),
                running.progress().polls());
    }

    /** DuckDB works in real time: let it finish before the simulated clock moves on. */
    private void awaitEngine(SandboxFixture sandbox) {
        String id = current.get();
        if (id == null) {
            return;
        }
        long giveUp = System.nanoTime() + ENGINE_PATIENCE.toNanos();
        while (sandbox.server.queryTiming(id).map(t -> t.completion().isEmpty()).orElse(false)) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("the sandbox's engine did not finish " + id + " in " + ENGINE_PATIENCE);
            }
            LockSupport.parkNanos(100_000);
        }
    }
}
