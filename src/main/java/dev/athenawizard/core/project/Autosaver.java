package dev.athenawizard.core.project;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a draft shortly after the user stops changing things, off the caller's thread.
 *
 * <p>Each change replaces the pending one, so a burst of keystrokes costs one write. {@link #flush()} writes the
 * latest change at once (used before the window closes and by tests).
 */
public final class Autosaver {
    private static final Logger LOG = LoggerFactory.getLogger(Autosaver.class);

    private final DraftStore drafts;
    private final ScheduledExecutorService executor;
    private final Duration quietPeriod;
    private final Consumer<IOException> onFailure;

    private ScheduledFuture<?> pending;
    private Pending latest;

    private record Pending(OnboardingProject project, Optional<Path> file) {
    }

    public Autosaver(DraftStore drafts, ScheduledExecutorService executor, Duration quietPeriod,
            Consumer<IOException> onFailure) {
        this.drafts = drafts;
        this.executor = executor;
        this.quietPeriod = quietPeriod;
        this.onFailure = onFailure;
    }

    /** Remembers the newest state of the work and schedules its draft. */
    public synchronized void changed(OnboardingProject project, Optional<Path> file) {
        latest = new Pending(project, file);
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            pending = executor.schedule(this::writeLatest, quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            pending = null; // the program is closing: its last flush() writes this state
        }
    }

    /** The work is saved (or deliberately thrown away): cancel the pending draft and delete the written one. */
    public void clear() {
        synchronized (this) {
            latest = null;
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        try {
            executor.execute(this::discardDraft);
        } catch (RejectedExecutionException closing) {
            // A save that finished while the program closes: delete here, or the next start would offer it back.
            discardDraft();
        }
    }

    private void discardDraft() {
        try {
            drafts.discardOwn();
        } catch (IOException e) {
            LOG.warn("could not delete the draft", e);
        }
    }

    /** Writes any pending draft now, on the calling thread. */
    public void flush() {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        writeLatest();
    }

    private void writeLatest() {
        Pending toWrite;
        synchronized (this) {
            toWrite = latest;
        }
        if (toWrite == null) {
            return;
        }
        try {
            drafts.save(toWrite.project(), toWrite.file());
        } catch (IOException e) {
            LOG.warn("could not write the draft", e);
            onFailure.accept(e);
        }
    }
}
