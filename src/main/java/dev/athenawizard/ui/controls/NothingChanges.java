package dev.athenawizard.ui.controls;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/** The change stream of a step that has nothing to change yet. */
public final class NothingChanges implements Observable {
    @Override
    public void addListener(InvalidationListener listener) {
    }

    @Override
    public void removeListener(InvalidationListener listener) {
    }
}
