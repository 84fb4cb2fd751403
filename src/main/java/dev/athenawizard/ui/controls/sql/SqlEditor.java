package dev.athenawizard.ui.controls.sql;

import dev.athenawizard.core.athena.catalog.CatalogCache;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.sql.highlight.SqlFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * An Athena SQL editor: highlighting that keeps up with long queries, line numbers, bracket matching, undo/redo, find,
 * comment toggling, formatting that keeps comments, problems underlined in place with their message on hover, and
 * completion of keywords, functions, databases, tables and columns from a {@link CatalogCache}. Names dragged from the
 * catalog tree (or any text) drop in where they are let go.
 *
 * <h2>Keys</h2>
 * <table>
 *   <caption>Shortcuts; none clashes with the wizard window's</caption>
 *   <tr><td>Enter</td><td>a new line, indented like the one before (never the window's default button)</td></tr>
 *   <tr><td>Ctrl+Enter</td><td>fires {@link SqlEditorEvent#RUN_REQUESTED}: "run now"</td></tr>
 *   <tr><td>Ctrl+Space; a dot after a name</td><td>completion; ↑ ↓ choose, Enter or Tab insert, Esc close</td></tr>
 *   <tr><td>Ctrl+/</td><td>comment or uncomment the selected lines</td></tr>
 *   <tr><td>Ctrl+Shift+F</td><td>format the query</td></tr>
 *   <tr><td>Ctrl+F; F3, Shift+F3</td><td>find; next, previous match</td></tr>
 *   <tr><td>Ctrl+Z; Ctrl+Y or Ctrl+Shift+Z</td><td>undo; redo</td></tr>
 *   <tr><td>Tab</td><td>two spaces</td></tr>
 * </table>
 *
 * <h2>Threads</h2>
 * Use on the FX thread. Highlighting and completion run on the executor given (by default a thread of the editor's
 * own); the FX thread only writes the styles that changed. Catalog loads go through the cache, in the background.
 *
 * <h2>Typical use (the Query step)</h2>
 * <pre>{@code
 * SqlEditor editor = new SqlEditor();
 * editor.setText(project.query().sql());                 // no undo history
 * editor.setCatalog(catalogCache);                        // completion; loads what it needs
 * editor.defaultDatabaseProperty().bind(databaseChoice);
 * editor.setOnRunRequested(e -> preview.runNow(e.sql()));
 * editor.textProperty().addListener((o, was, sql) -> preview.textChanged(sql));
 * editor.setProblems(sql, List.of(SqlProblem.at(3, 14, "mismatched input 'FORM'")));  // for the text checked
 * }</pre>
 */
public final class SqlEditor extends BorderPane {
    static final String STYLESHEET = Objects.requireNonNull(
            SqlEditor.class.getResource("/dev/athenawizard/ui/controls/sql/sql-editor.css"), "sql-editor.css")
            .toExternalForm();

    private final CodeArea area = new CodeArea();
    private final StyleOverlays overlays = new StyleOverlays(area);
    private final HighlightPipeline highlighting;
    private final ProblemMarkers problems;
    private final CompletionController completion;
    private final FindBar findBar;
    private final ObjectProperty<CatalogCache> catalog = new SimpleObjectProperty<>(this, "catalog");
    private final StringProperty defaultDatabase = new SimpleStringProperty(this, "defaultDatabase", "");
    private final ObjectProperty<EventHandler<SqlEditorEvent>> onRunRequested =
            new SimpleObjectProperty<>(this, "onRunRequested");

    /** An editor with a background thread of its own for highlighting and completion. */
    public SqlEditor() {
        this(BackgroundExecutors.bounded("sql-editor", 1));
    }

    /** An editor whose highlighting and completion run on {@code background} (tests pass a direct executor). */
    public SqlEditor(Executor background) {
        getStyleClass().add("sql-editor");
        getStylesheets().add(STYLESHEET);
        area.getStyleClass().add("sql-code-area");
        area.setId("sql-code-area");
        area.setUndoManager(UndoUtils.plainTextUndoManager(area)); // styles are never undo steps
        area.setUseInitialStyleForInsertion(true); // typed text takes no style from its neighbour until highlighted
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        highlighting = new HighlightPipeline(area, background, overlays);
        new BracketMatcher(area, overlays, highlighting);
        problems = new ProblemMarkers(area, overlays, highlighting::current, STYLESHEET);
        completion = new CompletionController(area, background, catalog::get, defaultDatabase::get, STYLESHEET);
        findBar = new FindBar(area, overlays);
        setCenter(new VirtualizedScrollPane<>(area));
        setBottom(findBar);
        installKeys();
        acceptDroppedNames();
        new CatalogWatch(this, catalog, snapshot -> completion.catalogChanged()); // completion refreshes as it loads
        addEventHandler(SqlEditorEvent.RUN_REQUESTED, e -> {
            if (onRunRequested.get() != null) {
                onRunRequested.get().handle(e);
            }
        });
    }

    // ---- text ----

    public String getText() {
        return area.getText();
    }

    /** Replaces the whole text, e.g. when a project or draft is opened: not an undo step, and no history before it. */
    public void setText(String sql) {
        area.replaceText(sql == null ? "" : sql);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
    }

    /**
     * Replaces the whole text as one undo step (a query taken from the history, "Preview table"): Ctrl+Z brings the
     * text before it back. The caret goes to the end.
     */
    public void replaceAll(String sql) {
        String text = sql == null ? "" : sql;
        if (text.equals(area.getText())) {
            return;
        }
        asOneUndoStep(() -> area.replaceText(0, area.getLength(), text));
        area.moveTo(area.getLength());
        area.requestFollowCaret();
    }

    /** The text as it changes with every edit. */
    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    /** Inserts {@code sqlText} at the caret as one undo step, with a space on a side that touches a word. */
    public void insertAtCaret(String sqlText) {
        insertAt(area.getCaretPosition(), sqlText);
    }

    public void undo() {
        area.undo();
    }

    public void redo() {
        area.redo();
    }

    public ObservableValue<Boolean> undoAvailableProperty() {
        return area.undoAvailableProperty();
    }

    public ObservableValue<Boolean> redoAvailableProperty() {
        return area.redoAvailableProperty();
    }

    /** Lays the query out one clause per line; comments stay. One undo step; the caret stays on its token. */
    public void formatQuery() {
        String before = area.getText();
        String after = SqlFormatter.format(before);
        if (after.equals(before)) {
            return;
        }
        int caret = CaretAnchor.inFormatted(before, area.getCaretPosition(), after);
        asOneUndoStep(() -> area.replaceText(0, before.length(), after));
        area.moveTo(caret);
        area.requestFollowCaret();
    }

    /** Ctrl+/: comments the selected lines out, or back in when all of them are commented. */
    public void toggleComment() {
        LineComments.Edit edit = LineComments.toggle(area.getText(), area.getSelection().getStart(),
                area.getSelection().getEnd());
        asOneUndoStep(() -> area.replaceText(edit.from(), edit.to(), edit.replacement()));
        area.selectRange(edit.selectFrom(), edit.selectTo());
    }

    /** Ctrl+F. */
    public void showFind() {
        findBar.show();
    }

    /** F3: the next match of the find bar's text. */
    public void findNext() {
        findBar.step(1);
    }

    public void findPrevious() {
        findBar.step(-1);
    }

    /** Puts the caret at a 1-based line and column (e.g. of a problem) and scrolls it into view. */
    public void moveCaretTo(int line, int column) {
        area.moveTo(ProblemMarkers.offset(area.getText(), line, column));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Gives the keyboard to the text. */
    public void focusText() {
        area.requestFocus();
    }

    // ---- problems ----

    /** Underlines {@code list} in the current text, replacing the problems shown before. */
    public void setProblems(List<SqlProblem> list) {
        problems.set(List.copyOf(list));
    }

    /**
     * Underlines problems found in {@code checkedText}, if that is still the editor's text; returns false (and shows
     * nothing) if the user has typed on since, so a late check never marks the wrong place.
     */
    public boolean setProblems(String checkedText, List<SqlProblem> list) {
        if (!area.getText().equals(checkedText)) {
            return false;
        }
        setProblems(list);
        return true;
    }

    public void clearProblems() {
        problems.set(List.of());
    }

    /** The problems on screen: those set, less those whose text was since edited. */
    public ObservableList<SqlProblem> getProblems() {
        return problems.problems();
    }

    /** The problem under the caret, for a status line; null when none. */
    public ReadOnlyObjectProperty<SqlProblem> problemAtCaretProperty() {
        return problems.atCaretProperty();
    }

    // ---- completion ----

    /** The catalog completion offers names from; null for keywords and functions only. */
    public ObjectProperty<CatalogCache> catalogProperty() {
        return catalog;
    }

    public void setCatalog(CatalogCache cache) {
        catalog.set(cache);
    }

    /** The database unqualified table names refer to (the query's execution context). */
    public StringProperty defaultDatabaseProperty() {
        return defaultDatabase;
    }

    /** Ctrl+Space. */
    public void showCompletion() {
        completion.open();
    }

    // ---- events ----

    public ObjectProperty<EventHandler<SqlEditorEvent>> onRunRequestedProperty() {
        return onRunRequested;
    }

    public void setOnRunRequested(EventHandler<SqlEditorEvent> handler) {
        onRunRequested.set(handler);
    }

    // ---- for tests in this package ----

    CodeArea area() {
        return area;
    }

    boolean isHighlightingSettled() {
        return highlighting.isSettled();
    }

    boolean highlighterMirrorsText() {
        return highlighting.mirrorsText();
    }

    FxTimeMeter highlightingFxTime() {
        return highlighting.fxTime();
    }

    CompletionController completion() {
        return completion;
    }

    ProblemMarkers problemMarkers() {
        return problems;
    }

    private void installKeys() {
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                        e -> fireEvent(new SqlEditorEvent(SqlEditorEvent.RUN_REQUESTED, area.getText()))),
                InputMap.consume(EventPattern.keyPressed(KeyCode.ENTER), e -> newLine()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.ENTER, KeyCombination.SHIFT_DOWN), e -> newLine()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN),
                        e -> completion.open()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN),
                        e -> toggleComment()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.DIVIDE, KeyCombination.SHORTCUT_DOWN),
                        e -> toggleComment()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), e -> formatQuery()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.F, KeyCombination.SHORTCUT_DOWN), e -> showFind()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.F3), e -> findNext()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.F3, KeyCombination.SHIFT_DOWN),
                        e -> findPrevious()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.TAB), e -> area.replaceSelection("  "))));
    }

    /** Enter: a line break, and the indentation of the line it breaks. */
    private void newLine() {
        int caret = area.getSelection().getStart();
        String text = area.getText();
        int lineStart = text.lastIndexOf('\n', Math.max(0, caret - 1)) + 1;
        if (caret == 0) {
            lineStart = 0;
        }
        int indentEnd = lineStart;
        while (indentEnd < caret && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        area.replaceSelection("\n" + text.substring(lineStart, indentEnd));
        area.requestFollowCaret();
    }

    private void acceptDroppedNames() {
        area.setOnDragOver(e -> {
            if (e.getGestureSource() != area && SqlNameDrag.sqlText(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        area.setOnDragDropped(e -> {
            SqlNameDrag.sqlText(e.getDragboard()).ifPresent(text -> {
                int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
                insertAt(at, text);
                area.requestFocus();
                e.setDropCompleted(true);
            });
            e.consume();
        });
    }

    private void insertAt(int offset, String sqlText) {
        String text = area.getText();
        boolean wordBefore = offset > 0 && isNamePart(text.charAt(offset - 1));
        boolean wordAfter = offset < text.length() && isNamePart(text.charAt(offset));
        String insert = (wordBefore ? " " : "") + sqlText + (wordAfter ? " " : "");
        asOneUndoStep(() -> area.insertText(offset, insert));
        area.moveTo(offset + insert.length() - (wordAfter ? 1 : 0));
        area.requestFollowCaret();
    }

    /** A command's edit is undone on its own, not merged with the typing before or after it. */
    private void asOneUndoStep(Runnable edit) {
        area.getUndoManager().preventMerge();
        edit.run();
        area.getUndoManager().preventMerge();
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '"';
    }
}
