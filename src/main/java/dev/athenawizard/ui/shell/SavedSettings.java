package dev.athenawizard.ui.shell;

import dev.athenawizard.core.settings.Settings;
import dev.athenawizard.core.settings.SettingsStore;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings while the program runs: changed on the FX thread, written in the background (one writer, so the last
 * change is the last written). A failed write is logged and costs nothing else: settings are a convenience.
 */
public final class SavedSettings {
    private static final Logger LOG = LoggerFactory.getLogger(SavedSettings.class);

    private final SettingsStore store;
    private final Executor writer;
    private Settings current;

    /**
     * @param store   where they are kept
     * @param loaded  what was read at start
     * @param writer  a single-threaded executor: writes happen in the order of the changes
     */
    public SavedSettings(SettingsStore store, Settings loaded, Executor writer) {
        this.store = store;
        this.writer = writer;
        this.current = loaded;
    }

    public Settings current() {
        return current;
    }

    /** Applies {@code change}; when it changes anything, writes the result. */
    public void update(UnaryOperator<Settings> change) {
        Settings changed = change.apply(current);
        if (changed.equals(current)) {
            return;
        }
        current = changed;
        writer.execute(() -> {
            try {
                store.save(changed);
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not save the settings to {}: {}", store.file(), e.toString());
            }
        });
    }
}
