package org.mdscape.app.gui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import javafx.util.Duration;
import org.mdscape.app.figures.ScatterMatrixFigure;
import org.mdscape.app.viewmodel.Numbers;
import org.mdscape.app.viewmodel.PointSet;
import org.mdscape.app.viewmodel.ParameterRow;
import org.mdscape.app.viewmodel.SweepViewModel;
import org.mdscape.engine.campaign.SamplingMethod;

/** The Sweep screen: a range slider and typed fields per parameter, sampling, totals, and the live scatter matrix. */
final class SweepView extends VBox {
    private final SweepViewModel vm;
    private final GridPane rows = new GridPane();
    private final FigureView scatter = new FigureView(new ScatterMatrixFigure(PointSet.EMPTY), Duration.millis(60));

    SweepView(SweepViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll("screen", "sweep");
        setSpacing(10);
        setPadding(new Insets(16));

        Label heading = new Label();
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(Bindings.concat("Sweep: ", vm.nameProperty(), " (", vm.modelLabelProperty(), " model)"));
        Label readOnly = new Label();
        readOnly.getStyleClass().add("note");
        readOnly.textProperty().bind(vm.readOnlyReasonProperty());
        readOnly.visibleProperty().bind(vm.readOnlyReasonProperty().isNotEmpty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        rows.setId("parameter-rows");
        rows.setHgap(8);
        rows.setVgap(4);
        ColumnConstraints fixedCol = new ColumnConstraints();
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setMinWidth(180);
        rows.getColumnConstraints().addAll(new ColumnConstraints(80), new ColumnConstraints(80), grow,
                new ColumnConstraints(80), new ColumnConstraints(64), fixedCol);
        rows.disableProperty().bind(vm.editableProperty().not());
        vm.parameters().addListener((ListChangeListener<ParameterRow>) c -> buildRows());

        ChoiceBox<SamplingMethod> method = new ChoiceBox<>();
        method.setId("sampling-method");
        method.getItems().setAll(SamplingMethod.values());
        method.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SamplingMethod m) {
                return m == null ? "" : switch (m) {
                    case GRID -> "grid";
                    case RANDOM -> "random";
                    case LHS -> "Latin hypercube (lhs)";
                    case SOBOL -> "Sobol";
                };
            }

            @Override
            public SamplingMethod fromString(String s) {
                return SamplingMethod.valueOf(s.toUpperCase(Locale.ROOT));
            }
        });
        method.valueProperty().bindBidirectional(vm.methodProperty());
        TextField budget = new TextField();
        budget.setId("budget");
        budget.setPrefColumnCount(6);
        budget.textProperty().bindBidirectional(vm.budgetTextProperty());
        budget.disableProperty().bind(vm.methodProperty().isEqualTo(SamplingMethod.GRID));
        budget.setTooltip(new Tooltip("Points drawn by random, Latin hypercube and Sobol sampling (a grid's size follows from the levels)"));
        Label budgetMessage = message(vm.budgetMessageProperty());
        HBox sampling = new HBox(8, new Label("Sampling"), method, new Label("Budget (points)"), budget, budgetMessage);
        sampling.setAlignment(Pos.CENTER_LEFT);
        sampling.disableProperty().bind(vm.editableProperty().not());

        Label totals = new Label();
        totals.setId("totals");
        totals.getStyleClass().add("totals");
        totals.textProperty().bind(Bindings.createStringBinding(() -> vm.validProperty().get()
                ? String.format(Locale.ROOT, "%,d points · %,d jobs · about %s core-hours", vm.pointsProperty().get().size(),
                vm.jobCountProperty().get(), Numbers.sig3(vm.coreHoursProperty().get()))
                : "The sweep has problems: fix the fields marked in red.",
                vm.validProperty(), vm.pointsProperty(), vm.jobCountProperty(), vm.coreHoursProperty()));
        Label source = new Label();
        source.getStyleClass().add("note");
        source.textProperty().bind(Bindings.concat("Core-hours from a ", vm.estimateSourceProperty()));
        Label problems = new Label();
        problems.setId("sweep-problems");
        problems.getStyleClass().add("message");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.problems()), vm.problems()));

        scatter.setId("scatter-matrix");
        scatter.figureProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new ScatterMatrixFigure(vm.pointsProperty().get()), vm.pointsProperty()));
        VBox.setVgrow(scatter, Priority.ALWAYS);

        getChildren().addAll(heading, readOnly, rows, sampling, totals, source, problems, scatter);
        buildRows();
    }

    FigureView scatter() {
        return scatter;
    }

    private void buildRows() {
        rows.getChildren().clear();
        int r = 0;
        rows.addRow(r++, header("Parameter"), header("Min"), header("Range"), header("Max"), header("Levels"), header("Values"));
        for (ParameterRow p : vm.parameters()) {
            Label name = new Label(p.label());
            name.getStyleClass().add("parameter-name");
            TextField min = field(p.minTextProperty(), "min-" + p.name());
            TextField max = field(p.maxTextProperty(), "max-" + p.name());
            TextField count = field(p.countTextProperty(), "count-" + p.name());
            count.disableProperty().bind(vm.methodProperty().isNotEqualTo(SamplingMethod.GRID));
            RangeSlider slider = slider(p);
            Label levels = new Label();
            levels.getStyleClass().add("levels");
            levels.textProperty().bind(p.levelsProperty());
            levels.setMaxWidth(260);
            rows.addRow(r++, name, min, slider, max, count, levels);
            mark(min, p.minMessageProperty());
            mark(max, p.maxMessageProperty());
            mark(count, p.messageProperty());
            Label msg = message(Bindings.createStringBinding(() -> joinNonEmpty(p.minMessageProperty().get(),
                    p.maxMessageProperty().get(), p.messageProperty().get()), p.minMessageProperty(), p.maxMessageProperty(),
                    p.messageProperty()));
            msg.setId("message-" + p.name());
            rows.add(msg, 1, r++, 5, 1);
        }
    }

    private static String joinNonEmpty(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String s : parts) {
            if (!s.isEmpty()) {
                b.append(b.isEmpty() ? "" : "\n").append(s);
            }
        }
        return b.toString();
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-header");
        return l;
    }

    private static TextField field(javafx.beans.property.StringProperty text, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static void mark(TextField f, ObservableStringValue message) {
        message.addListener((o, a, b) -> {
            f.getStyleClass().remove("invalid");
            if (!b.isEmpty()) {
                f.getStyleClass().add("invalid");
            }
        });
    }

    static Label message(ObservableStringValue text) {
        Label l = new Label();
        l.getStyleClass().add("message");
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A range slider kept in step with the row: drags go to the view model, its values come back (rounded). */
    private static RangeSlider slider(ParameterRow p) {
        RangeSlider s = new RangeSlider(p.lowerBoundProperty().get(), p.upperBoundProperty().get(), p.minProperty().get(),
                p.maxProperty().get());
        s.setId("slider-" + p.name());
        s.setShowTickMarks(true);
        s.setShowTickLabels(true);
        s.setMajorTickUnit(niceTick(p.upperBoundProperty().get() - p.lowerBoundProperty().get()));
        if (p.integer()) {
            // Whole numbers only: one tick per integer, and the thumbs snap to them.
            s.setMinorTickCount(0);
            s.setMajorTickUnit(1);
            s.setSnapToTicks(true);
        }
        boolean[] applying = {false};
        Runnable fromModel = () -> {
            applying[0] = true;
            try {
                s.setMin(Math.min(s.getMin(), p.lowerBoundProperty().get()));
                s.setMax(Math.max(s.getMax(), p.upperBoundProperty().get()));
                s.setMin(p.lowerBoundProperty().get());
                s.setMax(p.upperBoundProperty().get());
                s.setMajorTickUnit(p.integer() ? 1 : niceTick(s.getMax() - s.getMin()));
                double lo = Math.min(p.minProperty().get(), p.maxProperty().get());
                double hi = Math.max(p.minProperty().get(), p.maxProperty().get());
                if (lo > s.getHighValue()) {
                    s.setHighValue(hi);
                    s.setLowValue(lo);
                } else {
                    s.setLowValue(lo);
                    s.setHighValue(hi);
                }
            } finally {
                applying[0] = false;
            }
        };
        p.minProperty().addListener(o -> fromModel.run());
        p.maxProperty().addListener(o -> fromModel.run());
        p.lowerBoundProperty().addListener(o -> fromModel.run());
        p.upperBoundProperty().addListener(o -> fromModel.run());
        s.lowValueProperty().addListener((o, a, b) -> {
            if (!applying[0]) {
                p.dragTo(s.getLowValue(), s.getHighValue());
            }
        });
        s.highValueProperty().addListener((o, a, b) -> {
            if (!applying[0]) {
                p.dragTo(s.getLowValue(), s.getHighValue());
            }
        });
        return s;
    }

    private static double niceTick(double span) {
        double raw = span / 4;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2.5 : m < 7.5 ? 5 : 10) * p;
    }
}
