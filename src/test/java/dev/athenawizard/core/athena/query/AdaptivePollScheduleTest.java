package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The adaptive schedule's decisions, on queries on paper ({@link SyntheticQuery}): every call takes 10 ms each way,
 * and time is simulated, so each test is exact and instant.
 */
class AdaptivePollScheduleTest {
    private static final PollSchedule QUARTER = PollSchedule.fixed(Duration.ofMillis(250));

    private static PollPlan cold() {
        return PollSchedule.adaptive().plan(Optional.empty(), false);
    }

    private static PollPlan ranBefore(long runningMillis) {
        return PollSchedule.adaptive().plan(Optional.of(
                new PastRun(Duration.ofMillis(300), Duration.ofMillis(runningMillis), Instant.EPOCH)), false);
    }

    private static PollPlan quarter() {
        return QUARTER.plan(Optional.empty(), false);
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void aSubSecondQueryIsSeenAboutFiftyMillisecondsAfterItEnds() {
        List<Long> late = new ArrayList<>();
        List<Long> lateQuarter = new ArrayList<>();
        for (long running = 150; running <= 850; running += 10) {
            SyntheticQuery query = SyntheticQuery.of(100, running);
            late.add(query.pollWith(cold()).late().toMillis());
            lateQuarter.add(query.pollWith(quarter()).late().toMillis());
        }

        // the extra calls are spread over the first 0.9 s of running: one about every 80 ms, and the answer takes
        // 10 ms to come back
        assertThat(late).allSatisfy(ms -> assertThat(ms).isBetween(10L, 100L));
        assertThat(median(late)).isLessThanOrEqualTo(55);
        assertThat(median(lateQuarter)).isGreaterThan(100);
    }

    @Test
    void aQueuedQueryIsNotPolledDenselyUntilItRuns() {
        SyntheticQuery query = SyntheticQuery.of(700, 3000);
        SyntheticQuery.Outcome outcome = query.pollWith(cold());

        Duration runningFrom = query.submittedAt().plus(query.queued());
        assertThat(outcome.gapsBetween(ms(0), runningFrom)).hasSizeGreaterThan(2)
                .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(ms(150)));
        assertThat(outcome.gapsBetween(runningFrom, runningFrom.plus(ms(800)))).hasSizeGreaterThan(5)
                .allSatisfy(gap -> assertThat(gap).isLessThan(ms(150)));
    }

    @Test
    void aQueryStillRunningAfterThreeSecondsIsPolledEveryQuarterSecond() {
        SyntheticQuery.Outcome outcome = SyntheticQuery.of(100, 29_000).pollWith(cold());

        // 250 ms after each answer, and an answer takes 20 ms: the rhythm of 0.25 s polling
        assertThat(outcome.gapsBetween(ms(3000), ms(29_000))).hasSizeGreaterThan(90)
                .allSatisfy(gap -> assertThat(gap).isBetween(ms(250), ms(270)));
    }

    @Test
    void aStatementThatLastRanFourSecondsIsPolledDenselyAroundFourSeconds() {
        SyntheticQuery query = SyntheticQuery.of(300, 4100);
        SyntheticQuery.Outcome rerun = query.pollWith(ranBefore(4000));

        Duration runningFrom = query.submittedAt().plus(query.queued());
        assertThat(rerun.gapsBetween(runningFrom.plus(ms(3800)), runningFrom.plus(ms(4100))))
                .isNotEmpty().allSatisfy(gap -> assertThat(gap).isLessThanOrEqualTo(ms(90)));
        // the first seconds are not polled densely: nothing is expected to end there
        assertThat(rerun.gapsBetween(ms(0), ms(2000)))
                .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(ms(250)));
    }

    @Test
    void rerunsEndingNearTheLastRunAreSeenSoonerWithFewerCalls() {
        List<Long> lateRerun = new ArrayList<>();
        List<Long> lateFirst = new ArrayList<>();
        int callsRerun = 0;
        int callsFirst = 0;
        for (long running = 3600; running <= 4400; running += 10) { // within 10% of last time's 4 s
            SyntheticQuery query = SyntheticQuery.of(300, running);
            SyntheticQuery.Outcome rerun = query.pollWith(ranBefore(4000));
            SyntheticQuery.Outcome first = query.pollWith(cold());
            lateRerun.add(rerun.late().toMillis());
            lateFirst.add(first.late().toMillis());
            callsRerun += rerun.calls();
            callsFirst += first.calls();
        }

        assertThat(lateRerun).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(130L));
        assertThat(median(lateRerun)).isLessThanOrEqualTo(60);
        assertThat(median(lateFirst)).isGreaterThan(100);
        assertThat(callsRerun).isLessThan(callsFirst);
    }

    @Test
    void whileTheExpectedEndIsFarOffPollsComeEveryHalfSecond() {
        SyntheticQuery.Outcome outcome = SyntheticQuery.of(200, 20_000).pollWith(ranBefore(20_000));
        int quarterCalls = SyntheticQuery.of(200, 20_000).pollWith(quarter()).calls();

        assertThat(outcome.gapsBetween(ms(0), ms(12_000))).isNotEmpty()
                .allSatisfy(gap -> assertThat(gap).isEqualTo(ms(520)));
        assertThat(outcome.late()).isLessThanOrEqualTo(ms(100));
        assertThat(outcome.calls()).isLessThan(quarterCalls);
    }

    @Test
    void aRunMuchShorterThanLastTimeIsSeenWithinHalfASecond() {
        SyntheticQuery query = SyntheticQuery.of(200, 2345);

        assertThat(query.pollWith(ranBefore(20_000)).late()).isLessThanOrEqualTo(ms(520));
    }

    @Test
    void aRunThatOutlivesItsLastRunFallsBackToTheQuarterSecondRhythm() {
        SyntheticQuery.Outcome outcome = SyntheticQuery.of(200, 10_000).pollWith(ranBefore(1000));

        assertThat(outcome.gapsBetween(ms(2500), ms(10_000))).isNotEmpty()
                .allSatisfy(gap -> assertThat(gap).isBetween(ms(250), ms(270)));
    }

    @Test
    void resultsLikelyReusedAreSeenAtOnce() {
        SyntheticQuery reused = SyntheticQuery.of(0, 40);
        PastRun earlier = new PastRun(ms(300), ms(5000), Instant.EPOCH);

        PollSchedule schedule = PollSchedule.adaptive();
        SyntheticQuery.Outcome expectingReuse = reused.pollWith(schedule.plan(Optional.of(earlier), true));
        SyntheticQuery.Outcome notExpecting = reused.pollWith(schedule.plan(Optional.of(earlier), false));

        assertThat(expectingReuse.late()).isLessThanOrEqualTo(ms(60));
        assertThat(notExpecting.late()).isGreaterThan(ms(150));
    }

    @Test
    void pastThirtySecondsTheWaitsRelaxToOneSecond() {
        SyntheticQuery.Outcome outcome = SyntheticQuery.of(100, 120_000).pollWith(cold());

        assertThat(outcome.gapsBetween(ms(44_000), ms(46_000)))
                .allSatisfy(gap -> assertThat(gap).isBetween(ms(600), ms(700)));
        assertThat(outcome.gapsBetween(ms(61_000), ms(120_000))).hasSizeGreaterThan(50)
                .allSatisfy(gap -> assertThat(gap).isEqualTo(ms(1020)));
    }

    @Test
    void aHalfHourQueryCostsLessThanAThirdOfQuarterSecondPolling() {
        SyntheticQuery query = SyntheticQuery.of(100, 30 * 60_000);

        int adaptive = query.pollWith(cold()).calls();
        int fixed = query.pollWith(quarter()).calls();

        assertThat(adaptive).isLessThan(fixed / 3).isBetween(1700, 1900);
    }

    @Test
    void neverMoreThanEightCallsBeyondQuarterSecondPollingAtAnyDuration() {
        List<String> over = new ArrayList<>();
        for (long oneWay : new long[] {1, 20}) {
            for (long running = 100; running <= 35_000; running += 97) { // past 30 s the waits relax
                SyntheticQuery query = new SyntheticQuery(ms(150), ms(running), ms(oneWay));
                int reference = query.pollWith(quarter()).calls();
                List<PollPlan> plans = List.of(cold(), ranBefore(running), ranBefore(500), ranBefore(20_000),
                        PollSchedule.adaptive().plan(Optional.of(new PastRun(ms(0), ms(running), Instant.EPOCH)),
                                true));
                for (int p = 0; p < plans.size(); p++) {
                    int calls = query.pollWith(plans.get(p)).calls();
                    if (calls > reference + 8) {
                        over.add("plan " + p + ", " + running + " ms, " + oneWay + " ms each way: " + calls
                                + " calls vs " + reference);
                    }
                }
            }
        }
        assertThat(over).isEmpty();
    }

    @Test
    void fixedPollingPollsAtOnceThenEveryIntervalWhateverAthenaSays() {
        SyntheticQuery.Outcome outcome = new SyntheticQuery(ms(0), ms(1000), ms(0)).pollWith(quarter());

        assertThat(outcome.polls()).containsExactly(ms(0), ms(250), ms(500), ms(750), ms(1000));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
