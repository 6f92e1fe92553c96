package org.mdscape.app.gui;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mdscape.app.figures.PlanFigure;
import org.mdscape.app.viewmodel.Numbers;
import org.mdscape.app.viewmodel.PlanRow;
import org.mdscape.app.viewmodel.PlanViewModel;

/** The Plan screen: deadline and budget, the planner's table, cost against makespan with the Pareto front, Launch. */
final class PlanView extends VBox {
    private final TableView<PlanRow> table = new TableView<>();
    private final FigureView chart = new FigureView(new PlanFigure(java.util.List.of()), javafx.util.Duration.millis(200));
    private final Button launch = new Button("Launch");

    PlanView(PlanViewModel vm, Runnable launchLocal) {
        getStyleClass().addAll("screen", "plan");
        setSpacing(10);
        setPadding(new Insets(16));
        Label heading = new Label("Plan: where this sweep could run");
        heading.getStyleClass().add("heading");

        TextField deadline = new TextField();
        deadline.setId("deadline");
        deadline.setPromptText("none");
        deadline.setPrefColumnCount(6);
        deadline.textProperty().bindBidirectional(vm.deadlineTextProperty());
        TextField budget = new TextField();
        budget.setId("plan-budget");
        budget.setPromptText("none");
        budget.setPrefColumnCount(6);
        budget.textProperty().bindBidirectional(vm.budgetTextProperty());
        HBox limits = new HBox(8, new Label("Deadline (h)"), deadline, new Label("Budget (USD)"), budget,
                SweepView.message(vm.deadlineMessageProperty()), SweepView.message(vm.budgetMessageProperty()));
        limits.setAlignment(Pos.CENTER_LEFT);

        table.setId("plan-table");
        table.setItems(vm.rows());
        table.getColumns().add(column("Place", PlanRow::place, 110));
        table.getColumns().add(column("Machine", PlanRow::machine, 200));
        table.getColumns().add(column("VMs", r -> r.local() ? "-" : Integer.toString(r.vms()), 50));
        table.getColumns().add(column("Provisioning", PlanRow::provisioning, 100));
        table.getColumns().add(column("Checkpoints", PlanRow::checkpointing, 150));
        table.getColumns().add(column("Expected cost", r -> Numbers.usd(r.costUsd()), 115));
        table.getColumns().add(column("Makespan (90% interval)", PlanRow::makespanText, 200));
        table.getColumns().add(column("P(preempted)", r -> r.local() ? "-"
                : String.format(Locale.ROOT, "%.2f", r.failureProbability()), 95));
        table.getColumns().add(column("Meets limits", r -> r.feasible() ? "yes" : "no", 90));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PlanRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("chosen", "infeasible");
                if (!empty && item != null) {
                    if (item.chosen()) {
                        getStyleClass().add("chosen");
                    } else if (!item.feasible()) {
                        getStyleClass().add("infeasible");
                    }
                }
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        vm.rows().addListener((ListChangeListener<PlanRow>) c -> chart.figureProperty().set(new PlanFigure(vm.rows())));

        chart.setId("plan-chart");
        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label status = new Label();
        status.setId("plan-status");
        status.getStyleClass().add("note");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        launch.setId("launch");
        launch.getStyleClass().add("primary");
        launch.disableProperty().bind(vm.launchableProperty().not());
        launch.setOnAction(e -> launchLocal.run());
        Label note = new Label();
        note.setId("launch-note");
        note.getStyleClass().add("note");
        note.textProperty().bind(vm.launchNoteProperty());
        Label chosen = new Label();
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            PlanRow r = vm.selectedProperty().get();
            return r == null ? "" : "Selected: " + r.describe() + ", " + Numbers.usd(r.costUsd()) + ", " + r.makespanText();
        }, vm.selectedProperty()));
        HBox actions = new HBox(10, launch, chosen, note);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(heading, limits, status, split, actions);
    }

    FigureView chart() {
        return chart;
    }

    private static TableColumn<PlanRow, String> column(String title, Function<PlanRow, String> value, double width) {
        TableColumn<PlanRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
