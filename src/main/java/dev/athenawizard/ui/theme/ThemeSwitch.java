package dev.athenawizard.ui.theme;

import dev.athenawizard.core.settings.Appearance;
import dev.athenawizard.core.settings.ThemeChoice;
import dev.athenawizard.ui.async.FxThread;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * The theme the window shows: the user's choice (View → Theme), and for "follow the system" the system's appearance,
 * read in the background. The window opens in the appearance last known, so following the system does not flash
 * light before the reading arrives.
 */
public final class ThemeSwitch {
    private final ObjectProperty<ThemeChoice> choice;
    private final ObjectProperty<Appearance> lastKnownSystem;
    private final ReadOnlyObjectWrapper<Optional<Appearance>> systemReading = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<Appearance> appearance;
    private final SystemAppearance system;
    private final Executor background;
    private CompletableFuture<Optional<Appearance>> reading;

    /**
     * @param choice     the theme picked
     * @param lastKnown  the system's appearance as last read (kept in the settings), if ever
     * @param system     how to read the system's appearance
     * @param background where to read it (it runs a small command)
     */
    public ThemeSwitch(ThemeChoice choice, Optional<Appearance> lastKnown, SystemAppearance system,
            Executor background) {
        this.choice = new SimpleObjectProperty<>(choice);
        this.lastKnownSystem = new SimpleObjectProperty<>(lastKnown.orElse(null));
        this.system = system;
        this.background = background;
        appearance = Bindings.createObjectBinding(() -> switch (this.choice.get()) {
            case LIGHT -> Appearance.LIGHT;
            case DARK -> Appearance.DARK;
            case SYSTEM -> lastKnownSystem.get() == null ? Appearance.LIGHT : lastKnownSystem.get();
        }, this.choice, lastKnownSystem);
        this.choice.addListener((o, was, now) -> {
            if (now == ThemeChoice.SYSTEM) {
                readSystem();
            }
        });
    }

    /** The user's choice; setting it switches every attached scene. */
    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** What the attached scenes show. */
    public ObjectBinding<Appearance> appearanceProperty() {
        return appearance;
    }

    /** The system's appearance as last read, or null while it never was; the settings keep it. */
    public ReadOnlyObjectProperty<Appearance> lastKnownSystemProperty() {
        return lastKnownSystem;
    }

    /** The outcome of the latest reading: null before the first, empty when this system does not say. */
    public ReadOnlyObjectProperty<Optional<Appearance>> systemReadingProperty() {
        return systemReading.getReadOnlyProperty();
    }

    /** Shows {@code scene} in the current appearance, and switches it whenever that changes. */
    public void attach(Scene scene) {
        Theme.apply(scene, appearance.get());
        appearance.addListener((o, was, now) -> Theme.apply(scene, now));
    }

    /** Reads the system's appearance again (at start, when the user picks it, when the window is focused again). */
    public void readSystem() {
        if (reading != null && !reading.isDone()) {
            return;
        }
        reading = CompletableFuture.supplyAsync(system::detect, background);
        FxThread.onCompletion(reading, (found, failure) -> {
            Optional<Appearance> outcome = found == null ? Optional.empty() : found;
            systemReading.set(outcome);
            outcome.ifPresent(lastKnownSystem::set);
        });
    }
}
