package dev.athenawizard.core.aporia.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "0 * * * *", "*/15 * * * *", "30 2 * * 1-5", "0 0 1,15 * *", "0 6 * JAN-MAR MON",
        "5-55/10 8-18 * * 0,7"})
    void valid_schedules_pass(String cron) {
        assertThat(CronSchedule.problem(cron)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "@hourly|has 1 field",
        "0 * * *|has 4 fields",
        "60 * * * *|minute field \"60\"",
        "0 0 0 * *|day-of-month field \"0\"",
        "0 0 * 13 *|month field \"13\"",
        "0 0 * * 8|day-of-week field \"8\"",
        "*/0 * * * *|step \"0\"",
        "0 10-2 * * *|runs backwards",
        "0 ,1 * * *|hour field \",1\" is not *",
        "a b c d e|minute field \"a\""})
    void invalid_schedules_say_which_field_is_wrong(String cron, String expected) {
        assertThat(CronSchedule.problem(cron)).get().asString().contains(expected);
    }
}
