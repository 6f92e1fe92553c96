package org.mdscape.app.gui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mdscape.app.export.FigureFormat;
import org.mdscape.app.export.FigureSize;
import org.mdscape.app.viewmodel.ExportViewModel;

/** The Export screen: pick a figure or table, a format, a printed size and a resolution, and a file. */
final class ExportView extends VBox {
    ExportView(ExportViewModel vm, BiFunction<String, FigureFormat, Optional<Path>> chooseFile) {
        getStyleClass().addAll("screen", "export");
        setSpacing(10);
        setPadding(new Insets(16));
        Label heading = new Label("Export figures and tables");
        heading.getStyleClass().add("heading");
        ListView<ExportViewModel.Item> list = new ListView<>(vm.items());
        list.setId("export-items");
        list.setPrefHeight(220);
        list.setMaxWidth(560);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));

        ChoiceBox<FigureFormat> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().setAll(FigureFormat.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        ChoiceBox<FigureSize> size = new ChoiceBox<>();
        size.setId("export-size");
        size.getItems().setAll(FigureSize.PRESETS);
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        TextField dpi = new TextField();
        dpi.setId("export-dpi");
        dpi.setPrefColumnCount(5);
        dpi.textProperty().bindBidirectional(vm.dpiTextProperty());
        dpi.disableProperty().bind(vm.formatProperty().isNotEqualTo(FigureFormat.PNG));
        HBox options = new HBox(8, label("Format"), format, label("Size"), size);
        options.setAlignment(Pos.CENTER_LEFT);
        HBox resolution = new HBox(8, label("PNG resolution (dpi)"), dpi);
        resolution.setAlignment(Pos.CENTER_LEFT);
        Label dpiMessage = SweepView.message(vm.dpiMessageProperty());

        Button export = new Button("Export...");
        export.setId("export-button");
        export.getStyleClass().add("primary");
        export.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        export.setOnAction(e -> {
            ExportViewModel.Item item = vm.selectedProperty().get();
            FigureFormat f = vm.formatProperty().get();
            chooseFile.apply(item.defaultFileName(f), item.isFigure() ? f : null)
                    .ifPresent(out -> vm.export(item, out, err -> {
                    }));
        });
        Label message = new Label();
        message.setId("export-message");
        message.getStyleClass().add("note");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label hint = new Label("SVG and PDF are vectors (PDF with DejaVu Sans embedded, so ±, σ and Greek letters print); "
                + "PNG is pixels at the chosen resolution. Tables are written as CSV.");
        hint.getStyleClass().add("note");
        hint.setWrapText(true);
        hint.setMaxWidth(720);
        // A preview of the selected figure, drawn by the code that writes the file.
        FigureView preview = new FigureView(null, javafx.util.Duration.millis(100));
        preview.setId("export-preview");
        vm.selectedProperty().addListener((o, a, b) -> preview.figureProperty().set(b != null && b.isFigure() ? b.figure().get() : null));
        preview.visibleProperty().bind(preview.figureProperty().isNotNull());
        VBox controls = new VBox(10, list, options, resolution, dpiMessage, hint, export, message);
        controls.setMaxWidth(560);
        controls.setMinWidth(420);
        HBox body = new HBox(16, controls, preview);
        HBox.setHgrow(preview, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(heading, body);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
