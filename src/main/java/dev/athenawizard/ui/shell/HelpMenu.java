package dev.athenawizard.ui.shell;

import dev.athenawizard.ui.theme.Icons;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * Help: the keyboard shortcuts, the two documents a user of this wizard reads (Aporia's guide to the Athena data
 * source, AWS's page on IAM policies for Athena workgroups), and About.
 */
public final class HelpMenu {
    public static final String APORIA_GUIDE = "https://docs.aporia.com/v1/data-sources/athena";
    public static final String AWS_WORKGROUP_POLICIES =
            "https://docs.aws.amazon.com/athena/latest/ug/workgroups-iam-policy.html";

    private final Supplier<Window> owner;
    private final Supplier<MenuBar> menus;
    private final Consumer<String> browser;
    private final AboutFacts about;
    private final Image icon;
    private Dialog<Void> shortcuts;
    private Dialog<Void> aboutBox;

    /**
     * @param owner   the wizard window
     * @param menus   its menu bar, read when the shortcuts are shown
     * @param browser opens a web page (it may block: {@link DocumentLinks} runs it off the FX thread)
     * @param about   what About says
     * @param icon    the program's icon, for About (null: none)
     */
    HelpMenu(Supplier<Window> owner, Supplier<MenuBar> menus, Consumer<String> browser, AboutFacts about,
            Image icon) {
        this.owner = owner;
        this.menus = menus;
        this.browser = browser;
        this.about = about;
        this.icon = icon;
    }

    Menu menu() {
        MenuItem keys = item("_Keyboard Shortcuts", "help-shortcuts", Icons.KEYBOARD, this::showShortcuts);
        keys.setAccelerator(KeyCombination.keyCombination("F1"));
        MenuItem guide = item("Aporia's guide: the Athena data source", "help-aporia-guide", Icons.EXTERNAL_LINK,
                () -> browser.accept(APORIA_GUIDE));
        MenuItem policies = item("AWS: IAM policies for Athena workgroups", "help-aws-policies",
                Icons.EXTERNAL_LINK, () -> browser.accept(AWS_WORKGROUP_POLICIES));
        MenuItem aboutItem = item("_About " + about.product(), "help-about", Icons.INFO, this::showAbout);
        Menu help = new Menu("_Help", null, keys, new SeparatorMenuItem(), guide, policies, new SeparatorMenuItem(),
                aboutItem);
        help.setId("menu-help");
        return help;
    }

    void showShortcuts() {
        if (shortcuts == null || !shortcuts.isShowing()) {
            shortcuts = ShortcutsDialog.create(owner.get(), KeyboardShortcuts.of(menus.get()));
            shortcuts.show();
        }
        shortcuts.getDialogPane().getScene().getWindow().requestFocus();
    }

    void showAbout() {
        if (aboutBox == null || !aboutBox.isShowing()) {
            aboutBox = AboutDialog.create(owner.get(), about, icon);
            aboutBox.show();
        }
        aboutBox.getDialogPane().getScene().getWindow().requestFocus();
    }

    private static MenuItem item(String text, String id, Icons icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon.node());
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
