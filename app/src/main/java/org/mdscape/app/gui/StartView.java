package org.mdscape.app.gui;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mdscape.app.viewmodel.RecentCampaigns;

/** The Start screen: new, open, the example, and the files opened lately. */
final class StartView extends VBox {
    StartView(RecentCampaigns recent, Runnable newCampaign, Runnable open, Runnable example,
              java.util.function.Consumer<Path> openRecent) {
        getStyleClass().addAll("screen", "start");
        setSpacing(14);
        setPadding(new Insets(24));
        Label title = new Label("MDScape");
        title.getStyleClass().add("title");
        Label intro = new Label("Define a parameter sweep of molecular-dynamics simulations, see what it costs and how long it"
                + " takes here or on cloud VMs, run it, and watch the jobs land.");
        intro.setWrapText(true);
        intro.setMaxWidth(720);
        Button create = new Button("New campaign");
        create.setId("new-campaign");
        create.setOnAction(e -> newCampaign.run());
        Button openButton = new Button("Open...");
        openButton.setId("open");
        openButton.setOnAction(e -> open.run());
        Button exampleButton = new Button("Open example");
        exampleButton.setId("open-example");
        exampleButton.getStyleClass().add("primary");
        exampleButton.setOnAction(e -> example.run());
        HBox buttons = new HBox(10, exampleButton, create, openButton);

        Label recentLabel = new Label("Recent campaigns and specs");
        recentLabel.getStyleClass().add("subheading");
        ListView<Path> list = new ListView<>(recent.files());
        list.setId("recent");
        list.setPlaceholder(new Label("Nothing opened yet."));
        list.setMaxWidth(720);
        list.setPrefHeight(220);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                openRecent.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                openRecent.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Label tip = new Label("The example is 12 short confined-electrolyte runs (widths × valencies × concentrations); "
                + "it finishes in a few minutes on 2 cores.");
        tip.getStyleClass().add("note");
        tip.setWrapText(true);
        tip.setMaxWidth(720);
        getChildren().addAll(title, intro, buttons, tip, recentLabel, list);
    }
}
