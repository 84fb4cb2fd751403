package dev.athenawizard.ui.controls.sql;

import dev.athenawizard.core.athena.catalog.CatalogCache;
import dev.athenawizard.core.athena.catalog.CatalogSnapshot;
import dev.athenawizard.ui.async.FxThread;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

/**
 * Hears a control's catalog cache while the control is on screen: subscribed when it joins a scene (or gets another
 * catalog), released when it leaves one, so a step that is left stops listening. The newest snapshot is handed over
 * on the FX thread — the current one at once on subscribing — and one from a catalog the control no longer shows is
 * dropped.
 */
public final class CatalogWatch {
    private final Node owner;
    private final ObjectProperty<CatalogCache> catalog;
    private final Consumer<CatalogSnapshot> onSnapshot;
    private AutoCloseable subscription;

    /** Starts watching {@code catalog} for {@code owner}; {@code onSnapshot} runs on the FX thread. */
    public CatalogWatch(Node owner, ObjectProperty<CatalogCache> catalog, Consumer<CatalogSnapshot> onSnapshot) {
        this.owner = owner;
        this.catalog = catalog;
        this.onSnapshot = onSnapshot;
        catalog.addListener((o, was, now) -> resubscribe());
        owner.sceneProperty().addListener((o, was, now) -> resubscribe());
    }

    private void resubscribe() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            subscription = null;
        }
        CatalogCache cache = catalog.get();
        if (cache != null && owner.getScene() != null) {
            subscription = cache.subscribe(s -> FxThread.run(() -> {
                if (cache == catalog.get()) {
                    onSnapshot.accept(cache.snapshot()); // the newest, whichever notification this is
                }
            }));
            onSnapshot.accept(cache.snapshot()); // what loaded while it was off screen
        }
    }
}
