package dev.athenawizard.ui.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** Outcomes belong to their inputs; a second request for the same inputs joins the run in flight. No FX toolkit. */
class LatestRunTest {
    private final StringProperty inputs = new SimpleStringProperty("workgroup a");
    private final LatestRun<String, String> run = new LatestRun<>(inputs, Runnable::run);
    private final List<CompletableFuture<String>> started = new ArrayList<>();

    private CompletableFuture<String> start() {
        return run.run((in, updates) -> {
            CompletableFuture<String> work = new CompletableFuture<>();
            started.add(work);
            return work;
        });
    }

    @Test
    void aSecondRequestForTheSameInputsJoinsTheRunInFlight() {
        CompletableFuture<String> first = start();
        CompletableFuture<String> second = start();

        assertThat(second).isSameAs(first);
        assertThat(started).hasSize(1);
        first.complete("listed");
        assertThat(run.result().get()).isEqualTo("listed");
        assertThat(run.running().get()).isFalse();
    }

    @Test
    void newInputsCancelTheRunAndClearTheOutcome() {
        start().complete("for a");
        CompletableFuture<String> forA = start();

        inputs.set("workgroup b");

        assertThat(forA).isCancelled();
        assertThat(run.result().get()).isNull();
        assertThat(run.outdated().get()).isTrue();
        start();
        assertThat(run.outdated().get()).as("until the next run starts").isFalse();
    }

    @Test
    void aDroppedOutcomeStaysOutdatedWhileTheInputsPassThroughNullToNewValues() {
        start().complete("for a");

        inputs.set(null); // the scope is being resolved again for another workgroup
        inputs.set("workgroup b");

        assertThat(run.result().get()).isNull();
        assertThat(run.outdated().get()).as("nothing ran for workgroup b yet").isTrue();
    }

    @Test
    void progressOfASupersededRunIsDropped() {
        List<String> shown = new ArrayList<>();
        LatestRun.Updates[] oldUpdates = new LatestRun.Updates[1];
        run.run((in, updates) -> {
            oldUpdates[0] = updates;
            return new CompletableFuture<>();
        });
        inputs.set("workgroup b");
        start();

        oldUpdates[0].post(() -> shown.add("old progress"));

        assertThat(shown).isEmpty();
    }

    @Test
    void cancelIsTheOutcomeAndAFailureToStartIsToo() {
        CompletableFuture<String> running = start();
        run.cancel();
        assertThat(running).isCancelled();
        assertThat(run.failure().get()).isInstanceOf(CancellationException.class);

        run.run((in, updates) -> {
            throw new IllegalStateException("the sandbox could not start");
        });
        assertThat(run.failure().get()).hasMessage("the sandbox could not start");
        assertThat(run.running().get()).isFalse();
    }
}
