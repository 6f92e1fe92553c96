package org.mdscape.app.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mdscape.app.export.Figure;
import org.mdscape.app.export.FigureFormat;
import org.mdscape.app.export.FigureSize;
import org.mdscape.app.export.FigureWriter;
import org.mdscape.app.export.PaperFonts;
import org.mdscape.app.export.TableCsv;

/**
 * The Export screen: every figure the workbench shows, in SVG, PDF or PNG at a printed size and resolution, and
 * every table as CSV. What is exported is a snapshot taken when asked (figures are built from immutable data),
 * written off the UI thread.
 */
public final class ExportViewModel {
    /** Something the screen lists: a figure or a table, built when exported. */
    public record Item(String title, Supplier<Figure> figure, Supplier<TableCsv> table) {
        public boolean isFigure() {
            return figure != null;
        }

        public String defaultFileName(FigureFormat format) {
            return isFigure() ? figure.get().name() + "." + format.extension() : table.get().name() + ".csv";
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private final Executor background;
    private final Executor ui;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<Item> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<FigureFormat> format = new SimpleObjectProperty<>(FigureFormat.PDF);
    private final ObjectProperty<FigureSize> size = new SimpleObjectProperty<>(FigureSize.SINGLE_COLUMN);
    private final StringProperty dpiText = new SimpleStringProperty("300");
    private final StringProperty dpiMessage = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ExportViewModel(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
        dpiText.addListener((o, a, b) -> dpi());
        if (!PaperFonts.installed().available()) {
            message.set("DejaVu Sans is not installed: PDF text will be drawn as outlines (install fonts-dejavu-core).");
        }
    }

    public void setItems(List<Item> list) {
        Item old = selected.get();
        items.setAll(list);
        selected.set(list.stream().filter(i -> old != null && i.title().equals(old.title())).findFirst()
                .orElse(list.isEmpty() ? null : list.getFirst()));
    }

    /** The resolution typed, or null (with a message) when it is not an integer in the allowed range. */
    Integer dpi() {
        Double v = Numbers.parse(dpiText.get());
        if (v == null || v != Math.rint(v) || v < FigureWriter.MIN_DPI || v > FigureWriter.MAX_DPI) {
            dpiMessage.set("resolution: must be an integer in [" + FigureWriter.MIN_DPI + ", " + FigureWriter.MAX_DPI
                    + "] dpi (got '" + dpiText.get() + "')");
            return null;
        }
        dpiMessage.set("");
        return v.intValue();
    }

    /** Writes the selected item to {@code out}; {@code done} runs on the UI thread with null or the error. */
    public void export(Item item, Path out, java.util.function.Consumer<String> done) {
        Integer dpi = dpi();
        FigureFormat f = format.get();
        FigureSize s = size.get();
        if (item.isFigure() && f == FigureFormat.PNG && dpi == null) {
            done.accept(dpiMessage.get());
            return;
        }
        // Snapshot on the UI thread (the figure's data and the table's rows are read there), write elsewhere.
        Figure figure = item.isFigure() ? item.figure().get() : null;
        TableCsv table = item.isFigure() ? null : item.table().get();
        busy.set(true);
        message.set("Exporting " + out.getFileName() + " ...");
        background.execute(() -> {
            String error = null;
            try {
                if (figure != null) {
                    FigureWriter.write(figure, f, s, dpi == null ? 300 : dpi, out);
                } else {
                    table.write(out);
                }
            } catch (IOException | RuntimeException e) {
                error = "Cannot export " + out.getFileName() + ": " + e.getMessage();
            }
            String err = error;
            ui.execute(() -> {
                busy.set(false);
                message.set(err == null ? "Exported " + out : err);
                done.accept(err);
            });
        });
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ObjectProperty<Item> selectedProperty() {
        return selected;
    }

    public ObjectProperty<FigureFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<FigureSize> sizeProperty() {
        return size;
    }

    public StringProperty dpiTextProperty() {
        return dpiText;
    }

    public ReadOnlyStringProperty dpiMessageProperty() {
        return dpiMessage;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
