package dev.athenawizard.testing;

import dev.athenawizard.core.concurrent.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A clock that moves only when told, and a sleeper that moves it instead of sleeping. Code under test and the sandbox
 * share the clock, so a polling loop "waits" seconds in no time and sees the sandbox's queries progress exactly as far
 * as it waited. Hooks run after each sleep, to act at a precise moment (e.g. cancel while RUNNING).
 */
public final class ControlledTime extends Clock implements Sleeper {
    private final ZoneId zone;
    private volatile Instant now;
    private final List<Consumer<Duration>> afterSleep = new ArrayList<>();
    private final List<Runnable> beforeSleep = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();

    public ControlledTime(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private ControlledTime(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    /** Runs before the clock moves, e.g. to let real work on the other side settle first. */
    public synchronized void beforeEachSleep(Runnable hook) {
        beforeSleep.add(hook);
    }

    /** Runs after every sleep, with the length slept. */
    public synchronized void afterEachSleep(Consumer<Duration> hook) {
        afterSleep.add(hook);
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public void sleep(Duration duration) {
        List<Runnable> settle;
        synchronized (this) {
            settle = List.copyOf(beforeSleep);
        }
        settle.forEach(Runnable::run);
        List<Consumer<Duration>> hooks;
        synchronized (this) {
            sleeps.add(duration);
            advance(duration);
            hooks = List.copyOf(afterSleep);
        }
        hooks.forEach(hook -> hook.accept(duration));
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return this; // one shared timeline; zones do not matter to the code under test
    }
}
