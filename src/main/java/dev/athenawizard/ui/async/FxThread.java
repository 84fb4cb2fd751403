package dev.athenawizard.ui.async;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import javafx.application.Platform;

/**
 * The one way background results reach the screen. Nothing else in the program calls {@code Platform.runLater}:
 * bound properties are only ever set on the FX thread, from here.
 */
public final class FxThread {
    private FxThread() {
    }

    /** Runs {@code action} on the FX thread: now if already there, otherwise as soon as possible. */
    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * Hands the outcome of {@code stage} to {@code handler} on the FX thread. The failure is unwrapped from the
     * {@link CompletionException} the future machinery adds, so handlers see the real cause.
     */
    public static <T> void onCompletion(CompletionStage<T> stage, BiConsumer<? super T, Throwable> handler) {
        stage.whenComplete((value, failure) -> run(() -> handler.accept(value, unwrap(failure))));
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
