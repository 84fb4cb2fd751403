package dev.athenawizard.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, as Help → Keyboard Shortcuts lists them: the menus' accelerators and
 * mnemonics, read from the menu bar itself (so a new menu item is listed without anyone remembering to), then the keys
 * of the wizard's frame (ShellView) and of the Query step's controls (SqlEditor, FindBar, CompletionController,
 * ResultGrid, CatalogTree), which handle their keys themselves.
 */
public final class KeyboardShortcuts {
    /** One shortcut: the keys as the platform writes them ("Ctrl+S", "⌘S"), and what they do. */
    public record Shortcut(String keys, String action) {
    }

    public record Section(String title, List<Shortcut> shortcuts) {
    }

    private KeyboardShortcuts() {
    }

    public static List<Section> of(MenuBar menus) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Menus", fromMenus(menus)));
        sections.add(new Section("Moving through the wizard", List.of(
                new Shortcut("Enter", "Next (the default button), except where Enter has a job of its own"),
                new Shortcut("Alt+→  /  Alt+←", "Next / Back"),
                new Shortcut("Alt+N,  Alt+B,  Alt+I", "Next, Back, Finish"),
                new Shortcut("Escape", "Cancel the check that runs before the next step"),
                new Shortcut("↑ ↓, then Enter or Space", "In the step list: go to that step"))));
        sections.add(new Section("SQL editor (Query step)", List.of(
                new Shortcut(combo("Shortcut+Enter"), "Run the query now"),
                new Shortcut(combo("Shortcut+Space"), "Complete the word: keywords, functions, tables, columns"),
                new Shortcut(combo("Shortcut+Slash").replace("Slash", "/"), "Comment or uncomment the lines"),
                new Shortcut(combo("Shortcut+Shift+F"), "Format the query"),
                new Shortcut(combo("Shortcut+F"), "Find"),
                new Shortcut("F3  /  Shift+F3", "Next / previous match"),
                new Shortcut(combo("Shortcut+Z"), "Undo"),
                new Shortcut(combo("Shortcut+Y") + "  or  " + combo("Shortcut+Shift+Z"), "Redo"),
                new Shortcut("Tab", "Two spaces"),
                new Shortcut("Enter", "A new line, indented like the one before"))));
        sections.add(new Section("Completion list and find bar", List.of(
                new Shortcut("↑ ↓,  Page Up / Page Down", "Choose a completion"),
                new Shortcut("Enter or Tab", "Insert the completion chosen"),
                new Shortcut("Enter or F3  /  Shift+Enter or Shift+F3", "In the find bar: next / previous match"),
                new Shortcut("Escape", "Close the list, or the find bar"))));
        sections.add(new Section("Results and catalog (Query step)", List.of(
                new Shortcut("Arrow keys, Page Up / Page Down, Home / End", "Move the selected cell"),
                new Shortcut(combo("Shortcut+C"), "Copy the selected value"),
                new Shortcut(combo("Shortcut+Shift+C"), "Copy the selected row (tab-separated)"),
                new Shortcut("Enter or double-click", "In the catalog: put the selected name into the query"))));
        return sections;
    }

    /** Each menu's mnemonic ("Alt+F: the File menu"), then every item with an accelerator ("Ctrl+S: File → Save"). */
    static List<Shortcut> fromMenus(MenuBar bar) {
        List<Shortcut> mnemonics = new ArrayList<>();
        List<Shortcut> accelerators = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            String name = plain(menu.getText());
            mnemonic(menu.getText()).ifPresent(c -> mnemonics.add(new Shortcut("Alt+" + c, "Open the " + name
                    + " menu")));
            collect(menu, name, accelerators);
        }
        List<Shortcut> all = new ArrayList<>(accelerators);
        all.addAll(mnemonics);
        return all;
    }

    private static void collect(Menu menu, String path, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText() == null || item.getText().isEmpty()) {
                continue;
            }
            String here = path + " → " + plain(item.getText());
            if (item instanceof Menu sub) {
                collect(sub, here, into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(item.getAccelerator().getDisplayText(), here));
            }
        }
    }

    /** The platform's way of writing a key combination: Ctrl on Linux and Windows, ⌘ on macOS. */
    static String combo(String combination) {
        return KeyCombination.keyCombination(combination).getDisplayText().replace("↵", "Enter");
    }

    /** "Save _As…" as the user reads it: "Save As…". */
    static String plain(String text) {
        return text.replace("__", "\u0000").replace("_", "").replace("\u0000", "_");
    }

    private static java.util.Optional<Character> mnemonic(String text) {
        int at = text.indexOf('_');
        return at >= 0 && at + 1 < text.length() && text.charAt(at + 1) != '_'
                ? java.util.Optional.of(Character.toUpperCase(text.charAt(at + 1))) : java.util.Optional.empty();
    }
}
