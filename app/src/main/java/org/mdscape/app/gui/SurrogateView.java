package org.mdscape.app.gui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Surrogate screen, shown disabled until the surrogate exists: no made-up plots in its place. */
final class SurrogateView extends VBox {
    static final String REASON = "The surrogate screen comes next; meanwhile the command line has it: mdscape surrogate"
            + " train | evaluate | predict | uq, and mdscape campaign run --learn";

    SurrogateView() {
        getStyleClass().addAll("screen", "surrogate");
        setSpacing(10);
        setPadding(new Insets(24));
        Label heading = new Label("Surrogate");
        heading.getStyleClass().add("heading");
        Label reason = new Label(REASON);
        reason.setId("surrogate-reason");
        reason.getStyleClass().add("disabled-reason");
        // The screen is shown, its content is not: no plots until there is a surrogate to plot (no made-up data).
        heading.setDisable(true);
        getChildren().addAll(heading, reason);
    }
}
