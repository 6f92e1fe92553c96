package org.mdscape.app.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mdscape.app.viewmodel.WorkbenchViewModel;

/** The JavaFX application: builds the window around the workbench's view model. */
public final class WorkbenchApp extends Application {
    /** Preferences node of the workbench (recent files, last folder, window size). */
    public static final String PREFERENCES = "org/mdscape/workbench";

    private WorkbenchViewModel vm;
    private ExecutorService background;

    /** Held so that the level set below stays set (loggers are only weakly referenced). */
    private static final java.util.logging.Logger PLATFORM_LOG =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    /** Opens the workbench (and {@code file} in it, when given); returns when the window is closed. */
    public static void launchWith(Path file) {
        // JavaFX warns at every start that it was loaded from the class path rather than as modules; that is how
        // this launcher runs it, on purpose, so the warning tells a scientist nothing.
        PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(WorkbenchApp.class, file == null ? new String[0] : new String[] {file.toString()});
    }

    /** Threads for engine and file work: daemons, so a closed window never waits for them. */
    public static ExecutorService backgroundThreads() {
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "mdscape-workbench-background");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node(PREFERENCES);
        background = backgroundThreads();
        vm = new WorkbenchViewModel(background, Platform::runLater, prefs, Runtime.getRuntime().availableProcessors());
        MainWindow window = new MainWindow(stage, vm, null);
        WindowPlacement.restore(stage, prefs);
        stage.setOnHidden(e -> WindowPlacement.remember(stage, prefs));
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            Path file = Path.of(args.getFirst());
            vm.open(file);
            window.show(file.toString().endsWith(".mdscape") ? "Runs" : "Sweep");
        }
    }

    @Override
    public void stop() {
        // Running jobs stop between two steps and stay pending with their checkpoints; the next run resumes them.
        if (vm != null) {
            vm.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
