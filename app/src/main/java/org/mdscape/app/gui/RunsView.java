package org.mdscape.app.gui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mdscape.app.figures.ProfileFigure;
import org.mdscape.app.figures.ThermoFigure;
import org.mdscape.app.viewmodel.DensityProfileData;
import org.mdscape.app.viewmodel.RunsViewModel;
import org.mdscape.app.viewmodel.ThermoSeries;
import org.mdscape.app.viewmodel.JobRow;
import javafx.beans.value.ObservableValue;

/** The Runs screen: the job table, throughput and ETA, run/cancel/resume, and the selected job's thermo and profile. */
final class RunsView extends VBox {
    private final TableView<JobRow> table = new TableView<>();
    private final FigureView thermo = new FigureView(new ThermoFigure(-1, ThermoSeries.EMPTY), javafx.util.Duration.millis(300));
    private final FigureView profile = new FigureView(new ProfileFigure(-1, DensityProfileData.EMPTY), javafx.util.Duration.millis(300));

    RunsView(RunsViewModel vm) {
        getStyleClass().addAll("screen", "runs");
        setSpacing(10);
        setPadding(new Insets(16));
        Label heading = new Label();
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.openProperty().get()
                ? "Runs: " + vm.campaignNameProperty().get() : "Runs: no campaign open (launch one from the Plan screen)",
                vm.openProperty(), vm.campaignNameProperty()));
        Label counts = new Label();
        counts.setId("run-counts");
        counts.textProperty().bind(vm.countsProperty());
        Label throughput = new Label();
        throughput.setId("run-throughput");
        throughput.textProperty().bind(vm.throughputProperty());
        Label message = new Label();
        message.setId("run-message");
        message.getStyleClass().add("note");
        message.textProperty().bind(vm.messageProperty());

        Button run = new Button("Run / Resume");
        run.setId("run-resume");
        run.disableProperty().bind(vm.openProperty().not().or(vm.runningProperty()));
        run.setOnAction(e -> {
            if (vm.cancelledProperty().get()) {
                vm.resume();
            } else {
                vm.start();
            }
        });
        Button cancel = new Button("Cancel campaign");
        cancel.setId("cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        HBox actions = new HBox(10, run, cancel, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        table.setId("jobs-table");
        table.setItems(vm.jobs());
        table.getColumns().add(text("Job", j -> new ReadOnlyStringWrapper(Long.toString(j.jobId())), 50));
        table.getColumns().add(text("Point", j -> new ReadOnlyStringWrapper(j.point()), 220));
        table.getColumns().add(text("State", JobRow::stateLabelProperty, 80));
        TableColumn<JobRow, Double> progress = new TableColumn<>("Progress");
        progress.setCellValueFactory(d -> d.getValue().progressProperty().asObject());
        progress.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    bar.setProgress(v);
                    bar.setMaxWidth(Double.MAX_VALUE);
                    setGraphic(bar);
                }
            }
        });
        progress.setPrefWidth(120);
        table.getColumns().add(progress);
        table.getColumns().add(text("Attempts", j -> j.attemptsProperty().asString(), 70));
        table.getColumns().add(text("Runtime", JobRow::runtimeProperty, 80));
        table.getColumns().add(text("Cost", j -> new ReadOnlyStringWrapper("$0 (this computer)"), 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // When a campaign's jobs first appear, follow the first one, so the charts show something live at once.
        vm.jobs().addListener((javafx.collections.ListChangeListener<JobRow>) c -> {
            if (!vm.jobs().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedJobProperty().set(b.jobId());
            }
        });

        Label note = new Label();
        note.setId("selection-note");
        note.getStyleClass().add("note");
        note.textProperty().bind(vm.selectionNoteProperty());
        thermo.setId("thermo-chart");
        profile.setId("profile-chart");
        vm.thermoProperty().addListener((o, a, b) -> thermo.figureProperty().set(new ThermoFigure(vm.selectedJobProperty().get(), b)));
        vm.profileProperty().addListener((o, a, b) -> profile.figureProperty().set(new ProfileFigure(vm.selectedJobProperty().get(), b)));
        SplitPane charts = new SplitPane(thermo, profile);
        VBox detail = new VBox(6, note, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(heading, counts, throughput, actions, split);
    }

    FigureView thermo() {
        return thermo;
    }

    TableView<JobRow> table() {
        return table;
    }

    private static TableColumn<JobRow, String> text(String title,
                                                    java.util.function.Function<JobRow, ObservableValue<String>> f,
                                                    double width) {
        TableColumn<JobRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> f.apply(d.getValue()));
        c.setPrefWidth(width);
        return c;
    }
}
