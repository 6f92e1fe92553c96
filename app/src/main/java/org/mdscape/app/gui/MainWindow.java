package org.mdscape.app.gui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.mdscape.app.viewmodel.PlanRow;
import org.mdscape.app.viewmodel.PlanViewModel;
import org.mdscape.app.viewmodel.WorkbenchViewModel;

/** The workbench window: menus, the screen list on the left, the current screen, a status line. */
public final class MainWindow {
    public static final String CSS = "/org/mdscape/app/gui/workbench.css";
    /** The screens in navigation order. */
    public static final String[] SCREENS = {"Start", "Sweep", "Plan", "Runs", "Surrogate", "Export"};

    private final WorkbenchViewModel vm;
    private final Dialogs dialogs;
    private final Stage stage;
    private final Map<String, Node> screens = new LinkedHashMap<>();
    private final Map<String, ToggleButton> nav = new LinkedHashMap<>();
    private final StackPane center = new StackPane();
    private final SweepView sweep;
    private final PlanView plan;
    private final RunsView runs;

    public MainWindow(Stage stage, WorkbenchViewModel vm, Dialogs dialogs) {
        this.stage = stage;
        this.vm = vm;
        this.dialogs = dialogs != null ? dialogs : new FxDialogs(stage);
        sweep = new SweepView(vm.sweep());
        plan = new PlanView(vm.plan(), this::launch);
        runs = new RunsView(vm.runs());
        screens.put("Start", new StartView(vm.recent(), () -> {
            vm.newCampaign();
            show("Sweep");
        }, this::openFile, () -> {
            vm.openExample();
            show("Sweep");
        }, p -> {
            vm.open(p);
            show(p.toString().endsWith(".mdscape") ? "Runs" : "Sweep");
        }));
        screens.put("Sweep", sweep);
        screens.put("Plan", plan);
        screens.put("Runs", runs);
        screens.put("Surrogate", new SurrogateView());
        screens.put("Export", new ExportView(vm.export(), (name, format) -> this.dialogs.saveFile(vm.lastFolder(), name,
                format == null ? "CSV table" : format.name() + " figure", format == null ? "csv" : format.extension())));

        ToggleGroup group = new ToggleGroup();
        VBox left = new VBox(4);
        left.getStyleClass().add("nav");
        for (String s : SCREENS) {
            ToggleButton b = new ToggleButton(s);
            b.setId("nav-" + s.toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> show(s));
            if (s.equals("Surrogate")) {
                b.getStyleClass().add("unavailable");
                b.setTooltip(new javafx.scene.control.Tooltip(SurrogateView.REASON));
            }
            nav.put(s, b);
            left.getChildren().add(b);
        }
        for (String s : new String[] {"Sweep", "Plan"}) {
            nav.get(s).disableProperty().bind(vm.documentOpenProperty().not());
        }

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        vm.errorProperty().addListener((o, a, b) -> {
            status.getStyleClass().remove("message");
            if (b) {
                status.getStyleClass().add("message");
            }
        });
        BorderPane root = new BorderPane();
        root.getStyleClass().add("workbench");
        root.setTop(menus());
        root.setLeft(left);
        root.setCenter(center);
        BorderPane.setMargin(status, new Insets(4, 10, 4, 10));
        root.setBottom(status);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource(CSS).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        show("Start");
    }

    private MenuBar menus() {
        MenuItem newItem = item("New campaign", "Shortcut+N", () -> {
            vm.newCampaign();
            show("Sweep");
        });
        MenuItem open = item("Open...", "Shortcut+O", this::openFile);
        MenuItem example = item("Open example", null, () -> {
            vm.openExample();
            show("Sweep");
        });
        MenuItem saveAs = item("Save spec as...", "Shortcut+Shift+S", this::saveAs);
        saveAs.disableProperty().bind(vm.documentOpenProperty().not());
        MenuItem close = item("Close", "Shortcut+W", () -> {
            vm.closeDocument();
            show("Start");
        });
        close.disableProperty().bind(vm.documentOpenProperty().not());
        MenuItem quit = item("Quit", "Shortcut+Q", stage::close);
        Menu file = new Menu("File", null, newItem, open, example, new SeparatorMenuItem(), saveAs, close,
                new SeparatorMenuItem(), quit);
        Menu view = new Menu("View");
        for (String s : SCREENS) {
            view.getItems().add(item(s, null, () -> show(s)));
        }
        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Shows screen {@code name}; the Export screen refreshes its list from what the others show now. */
    public void show(String name) {
        if (name.equals("Export")) {
            vm.refreshExports();
        }
        center.getChildren().setAll(screens.get(name));
        nav.get(name).setSelected(true);
    }

    private void openFile() {
        dialogs.openFile(vm.lastFolder()).ifPresent(p -> {
            vm.open(p);
            show(p.toString().endsWith(".mdscape") ? "Runs" : "Sweep");
        });
    }

    private void saveAs() {
        dialogs.saveFile(vm.lastFolder(), vm.sweep().nameProperty().get() + ".json", "Sweep spec (JSON)", "json")
                .ifPresent(vm::saveSpecAs);
    }

    /** Launch from the Plan screen: this computer runs at once; cloud rows ask first (and are disabled until issue 9). */
    private void launch() {
        PlanRow row = vm.plan().selectedProperty().get();
        if (row == null) {
            return;
        }
        if (!row.local()) {
            // Cloud rows are not launchable until the Google Cloud executor exists (issue 9); the question a
            // scientist will be asked, with the expected cost, is already the view model's.
            dialogs.confirm("Launch on Google Cloud", PlanViewModel.confirmation(row, (int) vm.sweep().jobCountProperty().get()));
            return;
        }
        Path folder = vm.fileProperty().get() != null && vm.fileProperty().get().getParent() != null
                ? vm.fileProperty().get().toAbsolutePath().getParent() : null;
        Optional<Path> where = folder != null ? Optional.of(folder)
                : dialogs.folder(vm.lastFolder(), "Folder for " + vm.sweep().nameProperty().get() + ".mdscape");
        where.ifPresent(f -> vm.launchLocal(f, () -> show("Runs")));
    }

    public Stage stage() {
        return stage;
    }

    public Node screen(String name) {
        return screens.get(name);
    }

    SweepView sweepView() {
        return sweep;
    }

    PlanView planView() {
        return plan;
    }

    RunsView runsView() {
        return runs;
    }
}
