package dev.athenawizard.ui.controls.sql;

import dev.athenawizard.core.athena.catalog.CatalogCache;
import dev.athenawizard.core.athena.catalog.CatalogSnapshot;
import dev.athenawizard.core.athena.catalog.LoadState;
import dev.athenawizard.core.sql.completion.CompletionCandidate;
import dev.athenawizard.core.sql.completion.CompletionEngine;
import dev.athenawizard.core.sql.completion.Completions;
import dev.athenawizard.core.sql.highlight.SqlLexer;
import dev.athenawizard.ui.async.FxThread;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * Runs completion for the editor: on Ctrl+Space or after a typed dot, and again as the user types on while the list
 * is open. The engine works on a background thread from the catalog cache's current snapshot (never the network); the
 * newest request wins. What the snapshot lacks (a database's tables, a table's columns) is asked of the cache, and
 * the open list refreshes when it arrives.
 */
final class CompletionController {
    private final CodeArea area;
    private final Executor background;
    private final Supplier<CatalogCache> catalog;
    private final Supplier<String> defaultDatabase;
    private final CompletionEngine engine = new CompletionEngine();
    private final CompletionPopup popup;
    private long textVersion;
    private long requested;
    private boolean wanted;
    private Request shown;

    /** What a result was computed for, so a stale one is never applied. */
    private record Request(long id, long textVersion, int caret, Completions completions) {
    }

    CompletionController(CodeArea area, Executor background, Supplier<CatalogCache> catalog,
            Supplier<String> defaultDatabase, String stylesheet) {
        this.area = area;
        this.background = background;
        this.catalog = catalog;
        this.defaultDatabase = defaultDatabase;
        this.popup = new CompletionPopup(stylesheet, this::accept);
        area.plainTextChanges().subscribe(change -> {
            textVersion++;
            if (".".equals(change.getInserted()) && followsAName(change.getPosition())) {
                open();
            } else if (wanted) {
                request();
            }
        });
        area.caretPositionProperty().addListener((o, was, now) -> {
            if (wanted) {
                request();
            }
        });
        area.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                close();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyWhileOpen);
    }

    /** {@code p.} or {@code "Db".} — not the point of a number such as {@code 1.}. */
    private boolean followsAName(int dot) {
        String text = area.getText(Math.max(0, dot - 128), dot);
        int i = text.length();
        if (i > 0 && text.charAt(i - 1) == '"') {
            return true;
        }
        while (i > 0 && SqlLexer.isWordPart(text.charAt(i - 1))) {
            i--;
        }
        return i < text.length() && SqlLexer.isWordStart(text.charAt(i));
    }

    /** Ctrl+Space: offer what fits at the caret. */
    void open() {
        wanted = true;
        request();
    }

    void close() {
        wanted = false;
        shown = null;
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    CompletionPopup popup() {
        return popup;
    }

    /** Re-runs the open completion when the catalog cache learned something. */
    void catalogChanged() {
        if (wanted) {
            request();
        }
    }

    private void request() {
        long id = ++requested;
        long version = textVersion;
        String text = area.getText();
        int caret = area.getCaretPosition();
        CatalogCache cache = catalog.get();
        CatalogSnapshot snapshot = cache == null ? CatalogSnapshot.empty("AwsDataCatalog") : cache.snapshot();
        String database = defaultDatabase.get();
        background.execute(() -> {
            Completions result = engine.complete(text, caret, snapshot, database);
            FxThread.run(() -> arrived(new Request(id, version, caret, result)));
        });
    }

    private void arrived(Request r) {
        if (r.id() != requested || !wanted) {
            return; // a newer request is on its way, or the list was closed meanwhile
        }
        Completions c = r.completions();
        loadWhatIsMissing(c);
        if (c.isEmpty() && !c.waitsForCatalog()) {
            close();
            return;
        }
        shown = r;
        area.getCaretBounds().ifPresentOrElse(
                bounds -> popup.show(area, bounds, c.candidates(), "Reading the catalog…"),
                this::close);
    }

    private void loadWhatIsMissing(Completions c) {
        CatalogCache cache = catalog.get();
        if (cache == null || !c.waitsForCatalog()) {
            return;
        }
        if (cache.snapshot().databasesState() == LoadState.NOT_LOADED) {
            cache.loadDatabases().thenRun(() -> c.databasesToLoad().forEach(cache::loadTables));
        } else {
            c.databasesToLoad().forEach(cache::loadTables);
        }
        c.tablesToLoad().forEach(t -> cache.loadColumns(t.database(), t.table()));
    }

    private void keyWhileOpen(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        KeyCode code = e.getCode();
        boolean plain = !e.isControlDown() && !e.isAltDown() && !e.isShiftDown() && !e.isMetaDown();
        switch (code) {
            case UP -> popup.move(-1);
            case DOWN -> popup.move(1);
            case PAGE_UP -> popup.move(-9);
            case PAGE_DOWN -> popup.move(9);
            case ENTER, TAB -> {
                if (!plain || popup.selected() == null) {
                    return;
                }
                accept(popup.selected());
            }
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Replaces the word at the caret by the candidate; recomputed first if the text moved on since the list. */
    private void accept(CompletionCandidate chosen) {
        Request r = shown;
        Completions c = r == null ? null : r.completions();
        if (r == null || r.textVersion() != textVersion || r.caret() != area.getCaretPosition()) {
            CatalogCache cache = catalog.get();
            c = engine.complete(area.getText(), area.getCaretPosition(),
                    cache == null ? CatalogSnapshot.empty("AwsDataCatalog") : cache.snapshot(), defaultDatabase.get());
        }
        close();
        area.getUndoManager().preventMerge();
        area.replaceText(c.replaceFrom(), c.replaceTo(), chosen.insertText());
        area.getUndoManager().preventMerge();
        area.moveTo(c.replaceFrom() + chosen.insertText().length() - chosen.caretBack());
        area.requestFollowCaret();
    }
}
