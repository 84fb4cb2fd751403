package dev.athenawizard.ui;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.Version;
import dev.athenawizard.core.concurrent.BackgroundExecutors;
import dev.athenawizard.core.settings.Settings;
import dev.athenawizard.core.settings.SettingsStore;
import dev.athenawizard.ui.shell.AppIcons;
import dev.athenawizard.ui.shell.DocumentLinks;
import dev.athenawizard.ui.shell.FxShellDialogs;
import dev.athenawizard.ui.shell.FxStepDialogs;
import dev.athenawizard.ui.shell.SavedSettings;
import dev.athenawizard.ui.shell.ShellDialogs;
import dev.athenawizard.ui.shell.WindowDressing;
import dev.athenawizard.ui.shell.WizardWindow;
import dev.athenawizard.ui.theme.SystemAppearance;
import dev.athenawizard.ui.theme.ThemeSwitch;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: one window holding the wizard. */
public final class WizardApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WizardApp.class);
    /** With this system property set, the app prints the time to its first frame and exits (startup measurement). */
    public static final String MEASURE_STARTUP = "athena-wizard.measure-startup";

    private GuiWiring wiring;
    private AppDirs dirs;
    private SettingsStore settingsStore;
    private Settings settings;
    private List<Image> icons;
    /** Writes the settings, reads the system's appearance, opens links: small jobs that must not hold the FX thread. */
    private final ExecutorService desktop = BackgroundExecutors.bounded("desktop", 1);
    private WindowDressing dressing;

    public static void launchWizard() {
        Application.launch(WizardApp.class);
    }

    /** On the launcher thread, before {@link #start}: the files the first frame needs are read here, not on the FX thread. */
    @Override
    public void init() {
        dirs = AppDirs.resolve();
        settingsStore = new SettingsStore(dirs.settings());
        settings = settingsStore.load();
        icons = AppIcons.load();
    }

    @Override
    public void start(Stage stage) {
        wiring = new GuiWiring(dirs, new FxStepDialogs(() -> stage));
        ShellDialogs[] dialogs = new ShellDialogs[1];
        WizardWindow window = new WizardWindow(wiring.session(), wiring.shell(), () -> dialogs[0], Platform::exit);
        dialogs[0] = new FxShellDialogs(stage);
        Scene scene = createScene(window);
        stage.setScene(scene);
        stage.titleProperty().bind(wiring.session().titleProperty());
        ThemeSwitch themes = new ThemeSwitch(settings.theme(), settings.systemAppearance(),
                SystemAppearance.forThisComputer(), desktop);
        dressing = WindowDressing.dress(stage, window, new SavedSettings(settingsStore, settings, desktop), themes,
                new DocumentLinks(getHostServices(), desktop), dirs, icons);
        stage.setOnCloseRequest(e -> {
            if (!window.confirmClose()) {
                e.consume();
            }
        });
        afterFirstFrame(scene, wiring::warmUp);
        stage.show();
        window.offerDraftRestore();
    }

    /**
     * The scene with the theme and every step's stylesheet, shared by the app and the GUI tests. The stylesheets come
     * first and the content joins after them: the SQL editor styles its first lines as soon as it joins a scene, and
     * would otherwise look up the theme's colours before the theme is there.
     */
    public static Scene createScene(javafx.scene.Parent root) {
        Scene scene = new Scene(new javafx.scene.Group(), 1180, 780);
        scene.getStylesheets().addAll(stylesheets());
        scene.setRoot(root);
        return scene;
    }

    public static List<String> stylesheets() {
        return List.of(
                css("theme.css"),
                css("shell/shell.css"),
                css("steps/connection/connection.css"),
                css("steps/workgroup/workgroup.css"),
                css("steps/query/query.css"),
                css("steps/mapping/mapping.css"),
                css("steps/register/register.css"));
    }

    private static String css(String path) {
        var url = WizardApp.class.getResource("/dev/athenawizard/ui/" + path);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + path);
        }
        return url.toExternalForm();
    }

    /** Logs the time to the first frame (prints it and exits when measuring), then starts {@code warmUp}. */
    private static void afterFirstFrame(Scene scene, Runnable warmUp) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("{} first frame {} ms after JVM start", Version.full(), ms);
            if (Boolean.getBoolean(MEASURE_STARTUP)) {
                System.out.println("first-frame-ms " + ms);
                Platform.exit();
                return;
            }
            warmUp.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        if (dressing != null) {
            dressing.rememberWindow();
        }
        if (wiring != null) {
            wiring.close();
        }
        desktop.shutdown();
        try {
            desktop.awaitTermination(2, TimeUnit.SECONDS); // the settings' last write
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
