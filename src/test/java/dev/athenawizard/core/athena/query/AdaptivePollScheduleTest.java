package dev.athenawizard.core.athena.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptivePollScheduleTest {

    /** Poll instants (ms after submission) when each call itself takes no time. */
    private static List<Long> pollTimes(PollSchedule schedule, long untilMillis) {
        List<Long> times = new ArrayList<>();
        Duration wait = Duration.ZERO;
        Duration elapsed = Duration.ZERO;
        while (elapsed.toMillis() < untilMillis) {
            wait = schedule.next(times.size(), wait, elapsed);
            elapsed = elapsed.plus(wait);
            times.add(elapsed.toMillis());
        }
        return times;
    }

    @Test
    void warmsUpInTensOfMillisecondsThenPollsEveryTenthOfASecond() {
        assertThat(pollTimes(PollSchedule.adaptive(), 1000))
                .containsExactly(20L, 60L, 120L, 200L, 300L, 400L, 500L, 600L, 700L, 800L, 900L, 1000L);
    }

    @Test
    void backsOffGeometricallyAfterTheFirstSecondAndSettlesAtOneAndAHalfSeconds() {
        List<Long> times = pollTimes(PollSchedule.adaptive(), 12_000);

        assertThat(times.subList(12, 19)).containsExactly(1150L, 1375L, 1712L, 2218L, 2978L, 4117L, 5617L);
        assertThat(times.get(times.size() - 1) - times.get(times.size() - 2)).isEqualTo(1500L);
    }

    @Test
    void fixedPollingPollsAtOnceThenEveryInterval() {
        assertThat(pollTimes(PollSchedule.fixed(Duration.ofMillis(250)), 1000))
                .containsExactly(0L, 250L, 500L, 750L, 1000L);
    }

    @Test
    void spendsFewerCallsOnAFiveSecondQueryThanQuarterSecondPolling() {
        long adaptive = pollTimes(PollSchedule.adaptive(), 5000).size();
        long quarter = pollTimes(PollSchedule.fixed(Duration.ofMillis(250)), 5000).size();

        assertThat(adaptive).isEqualTo(19);
        assertThat(quarter).isEqualTo(21); // at once, then every 250 ms up to 5 s
        assertThat(adaptive).isLessThan(quarter);
    }
}
