package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupService;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.concurrent.Sleeper;
import dev.athenawizard.core.sandbox.QueryTiming;
import dev.athenawizard.core.sandbox.SandboxFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * How late each polling schedule notices that a query finished, and how many {@code GetQueryExecution} calls it
 * spends, against the in-process sandbox in real time. Run with {@code ./mvnw -B -Pbench verify}; the table is
 * printed and written to {@code target/bench/polling.md}.
 *
 * <p>"Late" is the time from the sandbox's true completion instant of the execution to the moment the runner's
 * listener was told SUCCEEDED. Each query's duration is drawn uniformly within ±10% of the nominal one, as real
 * queries do not end on a polling grid: with exactly 1.000 s queries, a 1 s poller would look either perfect or a
 * whole second late depending on a few milliseconds of noise. Five repetitions of the three schedules run at once
 * (fifteen queries in flight), four rounds per duration.
 */
@Tag("bench")
class PollingBenchmark {
    private static final List<Duration> DURATIONS = List.of(Duration.ofMillis(200), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5));
    private static final int REPETITIONS = 20;
    private static final int AT_ONCE = 5;
    private static final double SPREAD = 0.10;

    private record Schedule(String name, PollSchedule schedule) {
    }

    private record Sample(long lateMillis, int calls) {
    }

    private static final List<Schedule> SCHEDULES = List.of(
            new Schedule("adaptive (wizard)", PollSchedule.adaptive()),
            new Schedule("fixed 1 s (PyAthena)", PollSchedule.fixed(Duration.ofSeconds(1))),
            new Schedule("fixed 0.25 s (awswrangler)", PollSchedule.fixed(Duration.ofMillis(250))));

    private final Random random = new Random(20261126);

    @Test
    void comparePollingSchedules() throws IOException {
        ExecutorService pool = BackgroundExecutors.bounded("bench-poll", SCHEDULES.size() * AT_ONCE + 2);
        try (SandboxFixture sandbox = SandboxFixture.start()) {
            AthenaClient athena = sandbox.athena();
            WorkgroupInfo aporia = new WorkgroupService(athena, Runnable::run).describe("aporia").join();
            List<QueryRunner> runners = SCHEDULES.stream()
                    .map(s -> new QueryRunner(athena, pool, Clock.systemUTC(), Sleeper.SYSTEM, s.schedule())).toList();
            runRound(sandbox, runners, aporia, Duration.ofMillis(300)); // warm up JIT, connections and DuckDB

            StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                    "| query | schedule | late: median | late: p95 | GetQueryExecution calls (mean) |%n"
                            + "|---|---|---:|---:|---:|%n"));
            List<List<Sample>> fiveSecond = null;
            for (Duration nominal : DURATIONS) {
                List<List<Sample>> bySchedule = new ArrayList<>();
                SCHEDULES.forEach(s -> bySchedule.add(new ArrayList<>()));
                for (int round = 0; round < REPETITIONS / AT_ONCE; round++) {
                    List<List<Sample>> samples = runRound(sandbox, runners, aporia, nominal);
                    for (int s = 0; s < SCHEDULES.size(); s++) {
                        bySchedule.get(s).addAll(samples.get(s));
                    }
                }
                for (int s = 0; s < SCHEDULES.size(); s++) {
                    table.append(row(nominal, SCHEDULES.get(s).name(), bySchedule.get(s)));
                }
                fiveSecond = bySchedule;
            }
            String report = table + targets(fiveSecond);
            System.out.println(report);
            Path out = Path.of("target", "bench", "polling.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@link #AT_ONCE} queries per schedule in flight together; one list of samples per schedule. */
    private List<List<Sample>> runRound(SandboxFixture sandbox, List<QueryRunner> runners, WorkgroupInfo workgroup,
            Duration nominal) {
        List<List<CompletableFuture<Sample>>> pending = new ArrayList<>();
        runners.forEach(r -> pending.add(new ArrayList<>()));
        for (int rep = 0; rep < AT_ONCE; rep++) {
            for (int s = 0; s < runners.size(); s++) {
                pending.get(s).add(submit(sandbox, runners.get(s), workgroup, jittered(nominal)));
            }
        }
        return pending.stream().map(list -> list.stream().map(CompletableFuture::join).toList()).toList();
    }

    /** The sandbox's delay is global: set it and start the query before the next one is submitted. */
    private static CompletableFuture<Sample> submit(SandboxFixture sandbox, QueryRunner runner, WorkgroupInfo wg,
            Duration length) {
        CompletableFuture<String> started = new CompletableFuture<>();
        CompletableFuture<Instant> noticed = new CompletableFuture<>();
        sandbox.server.setQueryDelay(length);
        RunningQuery query = runner.start(QueryRequest.of("SELECT 1", wg).withResultReuse(false), progress -> {
            progress.executionId().ifPresent(started::complete);
            if (progress.state() == QueryState.SUCCEEDED) {
                noticed.complete(Instant.now());
            }
        });
        started.join();
        return query.result().thenCombine(noticed, (result, seen) -> {
            QueryTiming timing = sandbox.server.queryTiming(result.executionId()).orElseThrow();
            Instant done = timing.completion().orElseThrow();
            return new Sample(Duration.between(done, seen).toMillis(), query.progress().polls());
        });
    }

    private Duration jittered(Duration nominal) {
        double factor = 1 - SPREAD + 2 * SPREAD * random.nextDouble();
        return Duration.ofNanos((long) (nominal.toNanos() * factor));
    }

    private static String row(Duration nominal, String schedule, List<Sample> samples) {
        assertThat(samples).hasSize(REPETITIONS).allSatisfy(s -> assertThat(s.lateMillis()).isNotNegative());
        return String.format(Locale.ROOT, "| %s | %s | %d ms | %d ms | %.1f |%n", label(nominal), schedule,
                percentile(samples, 50), percentile(samples, 95),
                samples.stream().mapToInt(Sample::calls).average().orElse(0));
    }

    private static String targets(List<List<Sample>> fiveSecond) {
        double adaptive = fiveSecond.get(0).stream().mapToInt(Sample::calls).average().orElse(0);
        double quarter = fiveSecond.get(2).stream().mapToInt(Sample::calls).average().orElse(0);
        return String.format(Locale.ROOT, "%nOn 5 s queries the adaptive schedule made %.1f calls, polling every "
                + "0.25 s made %.1f.%n", adaptive, quarter);
    }

    /** Nearest-rank percentile of the lateness. */
    private static long percentile(List<Sample> samples, int p) {
        List<Long> sorted = samples.stream().map(Sample::lateMillis).sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String label(Duration d) {
        return d.toMillis() < 1000 ? String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)
                : d.toSeconds() + " s";
    }
}
