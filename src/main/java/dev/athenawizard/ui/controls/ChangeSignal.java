package dev.athenawizard.ui.controls;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Fires once for every change of any of its sources: what a step hands the shell as {@code changes()}.
 *
 * <p>A plain binding over the sources would not do: a binding reports invalidation once and then stays silent until
 * someone reads it, so the second edit would never reach the project. Here each source is read again as soon as it
 * changes, and a counter moves, so every edit is heard.
 */
public final class ChangeSignal implements Observable {
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    public ChangeSignal(Observable... sources) {
        for (Observable source : sources) {
            source.addListener(o -> {
                if (o instanceof ObservableValue<?> value) {
                    value.getValue(); // revalidate, so the next change is reported too
                }
                revision.set(revision.get() + 1);
            });
            if (source instanceof ObservableValue<?> value) {
                value.getValue();
            }
        }
    }

    @Override
    public void addListener(InvalidationListener listener) {
        revision.addListener(listener);
    }

    @Override
    public void removeListener(InvalidationListener listener) {
        revision.removeListener(listener);
    }
}
