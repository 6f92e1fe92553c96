package org.mdscape.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md section 2: app -> cloud -> engine, and no GUI or cloud SDK in the engine. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mdscape");
    }

    @Test
    void engineNeverImportsGuiCloudOrApp() {
        noClasses().that().resideInAPackage("org.mdscape.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.google.cloud..",
                        "org.mdscape.cloud..", "org.mdscape.app..")
                .check(classes);
    }

    @Test
    void cloudNeverImportsGuiOrApp() {
        noClasses().that().resideInAPackage("org.mdscape.cloud..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.mdscape.app..")
                .allowEmptyShould(true) // the cloud module is still empty; the rule holds as it grows
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        // MVVM: view models hold observable state (javafx.beans, javafx.collections) and call engine and cloud;
        // only views build scenes. So they run, and are tested, without an FX thread or a display.
        noClasses().that().resideInAnyPackage("org.mdscape.app.viewmodel..", "org.mdscape.app.export..",
                        "org.mdscape.app.figures..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.embed..", "javafx.animation..", "org.mdscape.app.gui..",
                        "org.controlsfx..", "org.jfree.chart.fx..", "org.jfree.fx..")
                .check(classes);
    }

    @Test
    void theCommandLineNeverLoadsTheWorkbench() {
        // Headless commands must run where there is no display and no JavaFX runtime to speak of.
        noClasses().that().resideInAPackage("org.mdscape.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.mdscape.app.gui..",
                        "org.mdscape.app.viewmodel..")
                .check(classes);
    }

    @Test
    void simulationCoreUsesNothingAboveIt() {
        noClasses().that().resideInAPackage("org.mdscape.engine.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mdscape.engine.run..",
                        "org.mdscape.engine.campaign..", "org.mdscape.engine.surrogate..", "org.mdscape.engine.io..")
                .check(classes);
    }

    @Test
    void platformsDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.mdscape.engine.sim.cpu..")
                .should().dependOnClassesThat().resideInAPackage("org.mdscape.engine.sim.reference..")
                .check(classes);
        noClasses().that().resideInAPackage("org.mdscape.engine.sim.reference..")
                .should().dependOnClassesThat().resideInAPackage("org.mdscape.engine.sim.cpu..")
                .check(classes);
    }

    @Test
    void noGrabBagClasses() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper")
                .check(classes);
    }
}
